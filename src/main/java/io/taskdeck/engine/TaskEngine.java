package io.taskdeck.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.definitions.DefinitionsApplier;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.engine.cluster.ClusterMembership;
import io.taskdeck.store.AuditRepository;
import io.taskdeck.store.CalendarRepository;
import io.taskdeck.store.Database;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.LaneRepairs;
import io.taskdeck.store.MaintenanceLease;
import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.QueueRepository;
import io.taskdeck.store.RequestCreatedRepository;
import io.taskdeck.store.StopRequests;
import io.taskdeck.store.TaskRepository;
import java.time.Duration;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task engine of one node: the one execution lane on the shared {@link Database}, with Quartz's
 * clustered JDBC job store as its clock, behind {@link #service()}. {@link #start()} starts this
 * process's incarnation, releases what its earlier incarnations held, reconciles and, unless
 * manage-only, starts executing; {@link #stop()} stops claiming, lets running attempts finish
 * within the grace period, interrupts the rest (recorded INTERRUPTED, due again at once) and shuts
 * Quartz down. Both are idempotent. Its services act for this process's desktop user ({@link
 * Actor#desktop()}) unless a caller asks for them {@code as} another actor (docs/audit.md).
 */
public final class TaskEngine implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TaskEngine.class);
  private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(5);

  /**
   * How long the retention lease outlives its holder's last batch (a batch takes well under a
   * second).
   */
  private static final Duration RETENTION_LEASE = Duration.ofMinutes(2);

  /** The life cycle, as {@link EngineInfo#state()} reports it. */
  private enum State {
    CREATED,
    RUNNING,
    STANDBY,
    STOPPING,
    STOPPED
  }

  private final Database db;
  private final EngineConfig cfg;
  private final QuartzGateway quartz;
  private final EngineParts parts;
  private final Lane lane;
  private final Reconciler reconciler;
  private final RepairLoop repairLoop;
  private final AttemptStops stops;
  private final OutputTails tails;
  private final EngineTaskService service;
  private final EngineDeadLetterService deadLetters;
  private final QuartzCalendarService calendars;
  private final ClusterMembership cluster;
  private final ScheduleFireCheck fireCheck;
  private final RetentionLoop retention;
  private final AuditRepository audits;
  private final AuditRetention auditRetention;
  private volatile State state = State.CREATED;

  public TaskEngine(Database db, EngineConfig cfg, MeterRegistry registry) {
    this.db = db;
    this.cfg = cfg;
    Jdbc jdbc = new Jdbc(db.dataSource());
    TaskRepository tasks = new TaskRepository(jdbc);
    QueueRepository queue = new QueueRepository(jdbc);
    ExecutionRepository executions = new ExecutionRepository(jdbc);
    DeadLetterRepository deadLetterRows = new DeadLetterRepository(jdbc);
    EventHub events = new EventHub();
    RunningAttempts running = new RunningAttempts();
    TaskJobFactory jobFactory = new TaskJobFactory();
    Scheduler scheduler = QuartzSetup.create(db, cfg, jobFactory);
    this.repairLoop = new RepairLoop(cfg.repairInterval());
    this.cluster =
        new ClusterMembership(
            db,
            scheduler,
            new ClusterMembership.Settings(
                cfg.nodeId(),
                cfg.execute(),
                cfg.checkinInterval(),
                cfg.idleWait(),
                cfg.maxClockSkew(),
                cfg.deadAfter().minus(cfg.checkinInterval()),
                cfg.clock()),
            running::count,
            repairLoop::soon);
    java.time.Clock time = cluster.time();
    this.parts =
        new EngineParts(
            events,
            new EngineMetrics(registry, tasks::countByStatus, deadLetterRows::countOpen, time),
            running,
            new PayloadRunner(new ShellExecutor(cfg.taskEnvironment()), new HttpExecutor()));
    this.quartz = new QuartzGateway(scheduler, jdbc);
    CalendarCache calendarCache = new CalendarCache(quartz, time);
    Schedules schedules = new Schedules(calendarCache::get);
    SpecChecks checks =
        new SpecChecks(new TaskValidator(new QuartzCronSyntax(), cfg.minInterval()), calendarCache);
    this.lane =
        new Lane(
            new Lane.Context(
                jdbc,
                db.vendor(),
                tasks,
                queue,
                quartz,
                schedules,
                parts,
                cfg,
                time,
                cluster.gate(),
                () -> new NodeClaim(cfg.nodeId(), cluster.incarnation()),
                steadyBound(cfg, db)));
    jobFactory.bind(lane::job);
    this.tails = new OutputTails(running, executions);
    StopRequests stopRequests = new StopRequests(jdbc);
    this.stops =
        new AttemptStops(
            stopRequests, running, () -> new NodeClaim(cfg.nodeId(), cluster.incarnation()), time);
    this.audits = new AuditRepository(jdbc);
    this.auditRetention = new AuditRetention(audits, time, cfg.auditRetention());
    TaskWrites writes =
        new TaskWrites(
            jdbc,
            tasks,
            queue,
            deadLetterRows,
            lane,
            schedules,
            checks,
            stopRequests,
            stops,
            audits);
    Actor self = Actor.desktop();
    this.reconciler =
        new Reconciler(
            new LaneRepairs(jdbc, tasks, queue),
            quartz,
            lane,
            schedules,
            events,
            registry,
            time,
            cfg.deadAfter(),
            () -> cluster.gate().steadyFor(steadyBound(cfg, db)));
    this.deadLetters =
        new EngineDeadLetterService(
            new EngineDeadLetterService.Parts(
                jdbc, deadLetterRows, tasks, writes, events, time, audits),
            self);
    this.fireCheck = new ScheduleFireCheck(calendarCache, time);
    this.calendars =
        new QuartzCalendarService(
            new QuartzCalendarService.Parts(
                jdbc,
                new CalendarRepository(jdbc),
                quartz,
                calendarCache,
                writes,
                events,
                time,
                audits),
            self);
    this.service =
        new EngineTaskService(
            new EngineTaskService.Parts(
                jdbc,
                tasks,
                queue,
                executions,
                writes,
                lane,
                schedules,
                new TaskValidator(new QuartzCronSyntax(), cfg.minInterval()),
                checks,
                parts,
                reconciler,
                this::info,
                cluster::nodes,
                time,
                new RequestCreatedRepository(jdbc),
                audits),
            self);
    parts.metrics().bindClusterNodes(() -> cluster.nodes().size());
    Purger purger =
        new Purger(
            jdbc,
            new MaintenanceLease(jdbc, "retention", RETENTION_LEASE),
            cfg.retention(),
            time,
            new RetentionMetrics(registry),
            cfg.nodeId() + "/" + java.util.UUID.randomUUID(),
            () -> state == State.RUNNING);
    this.retention =
        new RetentionLoop(
            purger,
            minSize -> db.compactOnline(minSize, () -> state == State.RUNNING),
            RetentionSettings.FIRST_DELAY,
            cfg.retention().interval());
    cluster.gate().addListener(this::gateChanged);
  }

  /**
   * How long this node's own check-ins must have succeeded before it takes another incarnation
   * whose check-in is old for dead: the detection bound, plus the time another node may need to get
   * a connection again once the database is back (its pool's connection timeout), plus one
   * check-in. After a database outage every live node's check-in is old until then.
   */
  static java.time.Duration steadyBound(EngineConfig cfg, Database db) {
    return cfg.deadAfter().plus(db.connectTimeout()).plus(cfg.checkinInterval());
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

  /** Definitions as code (export, apply) on this engine's task and calendar services. */
  public DefinitionsService definitions() {
    return new DefinitionsApplier(
        service,
        calendars,
        new TaskValidator(new QuartzCronSyntax(), cfg.minInterval()),
        new CalendarValidator(new QuartzCronSyntax()),
        fireCheck);
  }

  /** The audit trail of this database. */
  public AuditService audit() {
    return audits;
  }

  public EngineConfig config() {
    return cfg;
  }

  /** Adds a write to every settlement transaction (before {@link #start()}). */
  public void addSettlementHook(SettlementHook hook) {
    lane.addHook(hook);
  }

  /**
   * Starts the incarnation, recovers, reconciles, then executes unless manage-only. Calling it
   * again does nothing.
   */
  public synchronized void start() {
    if (state != State.CREATED) {
      return;
    }
    long incarnation = cluster.register();
    var recovered = lane.prepare();
    if (recovered.total() > 0) {
      log.info(
          "Node {} released {} claims of its earlier incarnations ({} interrupted while running)",
          cfg.nodeId(),
          recovered.total(),
          recovered.interrupted());
    }
    reconciler.reconcile();
    cluster.start();
    if (cfg.execute()) {
      lane.start();
      stops.start();
      tails.start();
      if (cluster.gate().open()) {
        quartz.start();
      }
      state = State.RUNNING;
      retention.start();
    } else {
      state = State.STANDBY;
    }
    repairLoop.start(
        () -> {
          reconciler.reconcile();
          auditRetention.purge();
        });
    log.info(
        "Engine {} (incarnation {}) started on {} ({})",
        cfg.nodeId(),
        incarnation,
        db.displayName(),
        cfg.execute() ? "executing" : "manage-only");
  }

  /**
   * Quartz fires dispatch triggers only while this node may execute (a skewed clock would fire them
   * early).
   */
  private synchronized void gateChanged(boolean open) {
    if (state != State.RUNNING) {
      return;
    }
    try {
      if (open) {
        quartz.start();
      } else {
        quartz.standby();
      }
    } catch (RuntimeException e) {
      log.warn("Could not {} the scheduler: {}", open ? "start" : "pause", e.getMessage());
    }
  }

  /** Stops within about the grace period plus a few seconds. Calling it again does nothing. */
  public synchronized void stop() {
    if (state == State.STOPPED || state == State.CREATED) {
      state = State.STOPPED;
      return;
    }
    boolean executing = state == State.RUNNING;
    state = State.STOPPING;
    boolean idle = true;
    repairLoop.stop();
    stops.stop();
    tails.stop();
    retention.stop();
    try {
      if (executing) {
        quartz.standby();
        lane.quiesce();
        idle = drain();
        lane.stop(INTERRUPT_WAIT);
      }
      quartz.shutdown(idle);
    } catch (RuntimeException e) {
      log.warn("Scheduler did not shut down cleanly: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while stopping the engine");
    }
    cluster.stop();
    state = State.STOPPED;
    log.info("Engine {} stopped{}", cfg.nodeId(), idle ? "" : " with attempts still running");
  }

  private boolean drain() throws InterruptedException {
    if (parts.running().awaitIdle(cfg.shutdownGrace())) {
      return true;
    }
    log.info(
        "Interrupting {} attempts still running after {}",
        parts.running().count(),
        cfg.shutdownGrace());
    parts.running().interruptAll();
    return parts.running().awaitIdle(INTERRUPT_WAIT);
  }

  @Override
  public void close() {
    stop();
  }

  EngineInfo info() {
    String reason = state == State.RUNNING ? cluster.gate().reason() : null;
    return new EngineInfo(
        cfg.nodeId(),
        db.displayName(),
        cfg.execute(),
        state.name(),
        parts.running().count(),
        reason,
        cfg.retention().retainExecutions(),
        cfg.retention().retainFinished());
  }
}
