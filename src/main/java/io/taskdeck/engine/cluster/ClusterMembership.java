package io.taskdeck.engine.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's part in the cluster: its incarnation and heartbeat in {@code cluster_node} (every
 * node, manage-only ones too), the database clock it keeps ({@link DatabaseTime}), the gate that
 * says whether it may execute ({@link ExecutionGate}), the cluster view, and the wake-ups
 * (LISTEN/NOTIFY on PostgreSQL, a polled signal row on H2). A failed heartbeat or an error Quartz
 * reports asks for an early repair ({@code onOutage}). {@link #start()} and {@link #stop()} are
 * idempotent.
 */
public final class ClusterMembership {
  private static final Logger log = LoggerFactory.getLogger(ClusterMembership.class);

  /** How this node takes part. */
  public record Settings(
      String nodeId,
      boolean executing,
      Duration checkin,
      Duration idleWait,
      Duration maxSkew,
      Duration renewWithin,
      Clock clock) {}

  private final NodeRegistry registry;
  private final ClusterView view;
  private final BackgroundLoop heartbeat;
  private final WakeUpNotifier notifier;
  private final WakeUpReceiver receiver;
  private final DatabaseTime time;
  private final ExecutionGate gate;

  /**
   * Registers the wake-up notifier on {@code scheduler} (before it starts).
   *
   * @param running how many attempts run on this node now
   * @param onOutage called when a heartbeat fails or Quartz reports an error
   */
  public ClusterMembership(
      Database db, Scheduler scheduler, Settings s, IntSupplier running, Runnable onOutage) {
    Jdbc jdbc = new Jdbc(db.dataSource());
    ClusterNode.Mode mode =
        s.executing() ? ClusterNode.Mode.EXECUTING : ClusterNode.Mode.MANAGE_ONLY;
    this.time = new DatabaseTime(s.clock());
    this.gate =
        new ExecutionGate(
            s.nodeId(), s.executing(), s.maxSkew(), s.renewWithin(), System::nanoTime);
    this.registry =
        new NodeRegistry(jdbc, s.clock(), time, gate, s.nodeId(), mode, s.checkin(), running);
    this.view = new ClusterView(jdbc);
    this.heartbeat = new BackgroundLoop("taskdeck-heartbeat", this::beat, s.checkin(), onOutage);
    if (db.vendor() == Vendor.POSTGRESQL) {
      String schema = jdbc.query("SELECT current_schema()", rs -> rs.getString(1)).get(0);
      this.notifier =
          new WakeUpNotifier(WakeUpNotifier.postgres(db.dataSource(), schema), s.idleWait(), time);
      this.receiver =
          s.executing()
              ? new WakeUpListener(db.dataSource(), schema, SchedulerWakeUp.of(scheduler))
              : null;
    } else {
      WakeUpSignal signal = new WakeUpSignal(jdbc);
      this.notifier = new WakeUpNotifier(signal::send, s.idleWait(), time);
      this.receiver = s.executing() ? signal.poller(SchedulerWakeUp.of(scheduler)) : null;
    }
    try {
      scheduler.getListenerManager().addSchedulerListener(new RepairOnSchedulerError(onOutage));
      scheduler.getListenerManager().addSchedulerListener(notifier);
    } catch (SchedulerException e) {
      throw new StoreUnavailableException(
          "cannot register the cluster listeners: " + e.getMessage(), e);
    }
  }

  /** The database clock as this node knows it. */
  public DatabaseTime time() {
    return time;
  }

  /** Whether this node may execute now. */
  public ExecutionGate gate() {
    return gate;
  }

  /**
   * Starts this process's incarnation of the node id (at start, before anything is claimed);
   * returns it.
   */
  public long register() {
    return registry.register();
  }

  public long incarnation() {
    return registry.incarnation();
  }

  /** Beats every check-in interval from now on. */
  public synchronized void start() {
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
    try {
      registry.beat();
    } catch (RuntimeException e) {
      gate.beatFailed();
      throw e;
    } finally {
      gate.announce(); // a failing beat lets the renewal bound pass: the gate closes
    }
    registry.prune();
  }
}
