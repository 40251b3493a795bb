package io.taskdeck.engine.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.EverythingMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's part in the cluster, beside Quartz's own clustering: the heartbeat in {@code
 * cluster_node} (every node, manage-only ones too), the cluster view, the fence that keeps a node
 * declared dead from running recovered work, and the wake-ups (LISTEN/NOTIFY on PostgreSQL, a
 * polled signal row on H2).
 *
 * <p>After a database outage (a failed heartbeat, an error Quartz reports, or an attempt that failed
 * with a database error, as when the process hosting a shared H2 database dies) Quartz may have lost a one-shot trigger or
 * left one in ERROR; the next heartbeat then runs the engine's reconciliation, which re-arms such
 * tasks. {@link #start()} and {@link #stop()} are idempotent.
 */
public final class ClusterMembership {
  private static final Logger log = LoggerFactory.getLogger(ClusterMembership.class);
  private static final long NO_REPAIR = Long.MAX_VALUE;

  private final NodeRegistry registry;
  private final ClusterView view;
  private final BackgroundLoop heartbeat;
  private final WakeUpNotifier notifier;
  private final WakeUpReceiver receiver;
  private final Runnable repair;
  private final Clock clock;
  private final Duration checkin;
  private final AtomicLong repairAfter = new AtomicLong(NO_REPAIR);

  /**
   * Registers the fence and the wake-up notifier on {@code scheduler} (before it starts).
   *
   * @param executing whether this node runs tasks (manage-only nodes never listen for wake-ups)
   * @param checkin the heartbeat interval (the same as Quartz's check-in interval)
   * @param idleWait the scheduler's idle wait: triggers due sooner than that wake the other nodes
   * @param running how many attempts run on this node now
   * @param repair the engine's reconciliation, run after a database outage
   */
  public ClusterMembership(
      Database db, Scheduler scheduler, String nodeId, boolean executing, Duration checkin, Duration idleWait,
      Clock clock, IntSupplier running, Runnable repair) {
    this.repair = repair;
    this.clock = clock;
    this.checkin = checkin;
    Jdbc jdbc = new Jdbc(db.dataSource());
    String schedulerName = schedulerName(scheduler);
    ClusterNode.Mode mode = executing ? ClusterNode.Mode.EXECUTING : ClusterNode.Mode.MANAGE_ONLY;
    this.registry = new NodeRegistry(jdbc, new DatabaseClock(clock), nodeId, mode, checkin, running);
    this.view = new ClusterView(jdbc, schedulerName);
    this.heartbeat = new BackgroundLoop("taskdeck-heartbeat", this::beat, checkin, this::requestRepair);
    FiredTriggerFence fence = new FiredTriggerFence(jdbc, schedulerName, nodeId, checkin, this::requestRepair);
    if (db.vendor() == Vendor.POSTGRESQL) {
      String schema = currentSchema(jdbc);
      this.notifier = new WakeUpNotifier(WakeUpNotifier.postgres(db.dataSource(), schema), idleWait, clock);
      this.receiver = executing ? new WakeUpListener(db.dataSource(), schema, SchedulerWakeUp.of(scheduler)) : null;
    } else {
      WakeUpSignal signal = new WakeUpSignal(jdbc);
      this.notifier = new WakeUpNotifier(signal::send, idleWait, clock);
      this.receiver = executing ? signal.poller(SchedulerWakeUp.of(scheduler)) : null;
    }
    register(scheduler, fence);
  }

  private void register(Scheduler scheduler, FiredTriggerFence fence) {
    try {
      scheduler.getListenerManager().addTriggerListener(fence, EverythingMatcher.allTriggers());
      scheduler.getListenerManager().addJobListener(fence, EverythingMatcher.allJobs());
      scheduler.getListenerManager().addSchedulerListener(new RepairOnSchedulerError(this::requestRepair));
      scheduler.getListenerManager().addSchedulerListener(notifier);
    } catch (SchedulerException e) {
      throw new StoreUnavailableException("cannot register the cluster listeners: " + e.getMessage(), e);
    }
  }

  /** Publishes this node's presence at once, then every check-in interval. */
  public synchronized void start() {
    registry.beat();
    heartbeat.start();
    notifier.start();
    if (receiver != null) {
      receiver.start();
    }
  }

  /** Stops the background threads and removes this node's heartbeat row (best effort). */
  public synchronized void stop() {
    if (!heartbeat.running()) {
      return;
    }
    heartbeat.stop();
    if (receiver != null) {
      receiver.stop();
    }
    notifier.stop();
    try {
      registry.leave();
    } catch (RuntimeException e) {
      log.warn("Could not remove this node's heartbeat row: {}", e.getMessage());
    }
  }

  public List<ClusterNode> nodes() {
    return view.nodes();
  }

  private void beat() {
    registry.beat();
    registry.prune();
    long due = repairAfter.get();
    if (clock.millis() >= due && repairAfter.compareAndSet(due, NO_REPAIR)) {
      log.info("Reconciling after a database outage");
      try {
        repair.run();
      } catch (RuntimeException e) {
        repairAfter.accumulateAndGet(clock.millis(), Math::min); // the next beat tries again
        throw e;
      }
    }
  }

  /** Reconciles at the first heartbeat one interval from now, when in-flight completions settled. */
  private void requestRepair() {
    repairAfter.accumulateAndGet(clock.millis() + checkin.toMillis(), Math::min);
  }

  private static String schedulerName(Scheduler scheduler) {
    try {
      return scheduler.getSchedulerName();
    } catch (SchedulerException e) {
      throw new StoreUnavailableException("cannot read the scheduler name: " + e.getMessage(), e);
    }
  }

  private static String currentSchema(Jdbc jdbc) {
    return jdbc.query("SELECT current_schema()", rs -> rs.getString(1)).get(0);
  }
}
