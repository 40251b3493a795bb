package io.taskdeck.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.engine.cluster.ClusterMembership;
import io.taskdeck.store.CalendarRepository;
import io.taskdeck.store.Database;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.TaskRepository;
import io.taskdeck.store.Vendor;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task engine of one node: a clustered Quartz scheduler on the shared {@link Database}, behind
 * {@link #service()}. {@link #start()} reconciles and, unless manage-only, starts firing; {@link
 * #stop()} stops acquiring work, lets running attempts finish within the grace period, interrupts
 * the rest (recorded INTERRUPTED) and shuts Quartz down. Both are idempotent.
 */
public final class TaskEngine implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TaskEngine.class);
  private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(5);

  /** The life cycle, as {@link EngineInfo#state()} reports it. */
  private enum State { CREATED, RUNNING, STANDBY, STOPPING, STOPPED }

  private final Database db;
  private final EngineConfig cfg;
  private final Scheduler scheduler;
  private final EngineParts parts;
  private final Reconciler reconciler;
  private final QuartzTaskService service;
  private final QuartzDeadLetterService deadLetters;
  private final QuartzCalendarService calendars;
  private final ClusterMembership cluster;
  private final DispatchPath dispatch;
  private volatile State state = State.CREATED;

  public TaskEngine(Database db, EngineConfig cfg, MeterRegistry registry) {
    this.db = db;
    this.cfg = cfg;
    Jdbc jdbc = new Jdbc(db.dataSource());
    TaskRepository tasks = new TaskRepository(jdbc);
    ExecutionRepository executions = new ExecutionRepository(jdbc);
    DeadLetterRepository deadLetterRows = new DeadLetterRepository(jdbc);
    EventHub events = new EventHub();
    this.parts =
        new EngineParts(
            events,
            new EngineMetrics(registry, tasks::countByStatus, deadLetterRows::countOpen, cfg.clock()),
            new RunningAttempts(),
            new PayloadRunner(new ShellExecutor(cfg.taskEnvironment()), new HttpExecutor()));
    TaskJobFactory jobFactory = new TaskJobFactory();
    this.scheduler = QuartzSetup.create(db, cfg, jobFactory);
    QuartzGateway quartz = new QuartzGateway(scheduler, new TriggerFactory());
    DispatchRepository queue = new DispatchRepository(jdbc, db.vendor());
    AttemptSettler settler =
        new AttemptSettler(tasks, executions, deadLetterRows, queue, quartz, parts, cfg.clock(), () -> ThreadLocalRandom.current().nextDouble());
    this.dispatch = new DispatchPath(jdbc, queue, quartz, parts, cfg, db.vendor() == Vendor.H2);
    jobFactory.bind(new AttemptRunner(tasks, executions, quartz, parts, settler, cfg.clock(), cfg.nodeId()), dispatch.firing());
    this.deadLetters = new QuartzDeadLetterService(deadLetterRows, tasks, quartz, dispatch, events, cfg.clock());
    this.calendars = new QuartzCalendarService(new CalendarRepository(jdbc), quartz, events, cfg.clock());
    new MisfireRecorder(tasks, executions, parts, cfg.clock(), cfg.nodeId()).register(scheduler);
    this.reconciler = new Reconciler(jdbc, tasks, executions, quartz, events, cfg.clock(), cfg.nodeId());
    this.cluster =
        new ClusterMembership(
            db, scheduler, cfg.nodeId(), cfg.execute(), cfg.checkinInterval(), cfg.idleWait(), cfg.clock(),
            parts.running()::count, reconciler::reconcile);
    this.service =
        new QuartzTaskService(
            tasks, executions, quartz, dispatch, new TaskValidator(new QuartzCronSyntax(), cfg.minInterval()), parts, reconciler, this::info, cluster::nodes, cfg.clock());
    parts.metrics().bindClusterNodes(() -> cluster.nodes().size());
  }

  /** The only door for the API and the GUI. */
  public TaskService service() {
    return service;
  }

  /** Retrying tasks and the dead-letter queue. */
  public DeadLetterService deadLetters() {
    return deadLetters;
  }

  /** Exclusion calendars. */
  public CalendarService calendars() {
    return calendars;
  }

  public EngineConfig config() {
    return cfg;
  }

  /** Reconciles, then starts firing unless manage-only. Calling it again does nothing. */
  public synchronized void start() {
    if (state != State.CREATED) {
      return;
    }
    reconciler.reconcile();
    dispatch.prepare();
    cluster.start();
    if (cfg.execute()) {
      try {
        scheduler.start();
        dispatch.start();
      } catch (SchedulerException e) {
        throw new io.taskdeck.core.StoreUnavailableException("cannot start the scheduler: " + e.getMessage(), e);
      }
      state = State.RUNNING;
    } else {
      state = State.STANDBY;
    }
    log.info("Engine {} started on {} ({})", cfg.nodeId(), db.displayName(), cfg.execute() ? "executing" : "manage-only");
  }

  /** Stops within about the grace period plus a few seconds. Calling it again does nothing. */
  public synchronized void stop() {
    if (state == State.STOPPED) {
      return;
    }
    state = State.STOPPING;
    boolean idle = true;
    try {
      scheduler.standby();
      dispatch.quiesce();
      idle = drain();
      dispatch.stop(INTERRUPT_WAIT);
      scheduler.shutdown(idle); // waits for Quartz to complete the drained jobs
    } catch (SchedulerException e) {
      log.warn("Scheduler did not shut down cleanly: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while stopping the engine");
    }
    cluster.stop();
    state = State.STOPPED;
    log.info("Engine {} stopped{}", cfg.nodeId(), idle ? "" : " with attempts still running");
  }

  private boolean drain() throws InterruptedException, SchedulerException {
    if (parts.running().awaitIdle(cfg.shutdownGrace())) {
      return true;
    }
    log.info("Interrupting {} attempts still running after {}", parts.running().count(), cfg.shutdownGrace());
    parts.running().interruptAll();
    return parts.running().awaitIdle(INTERRUPT_WAIT);
  }

  @Override
  public void close() {
    stop();
  }

  EngineInfo info() {
    return new EngineInfo(cfg.nodeId(), db.displayName(), cfg.execute(), state.name(), parts.running().count());
  }
}
