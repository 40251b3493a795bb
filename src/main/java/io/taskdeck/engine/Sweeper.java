package io.taskdeck.engine;

import io.taskdeck.core.TaskEvent;
import io.taskdeck.store.ClaimRecovery;
import io.taskdeck.store.ClaimRecovery.Recovered;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.QueueRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lane's safety net, run every second on executing nodes (idempotent, so every node may run
 * it):
 *
 * <ol>
 *   <li>claims of incarnations that are not alive (no check-in within the detection bound, on the
 *       database clock) go back to the queue: looked for when a live incarnation disappeared, and
 *       every 30 s (a scan: claims are not indexed, so that a claim is an in-place update);
 *   <li>a partition with queued attempts but no dispatch trigger waiting (a node died between its
 *       claim and the next link of the chain, or the trigger was deleted) gets one;
 *   <li>a node with free workers claims due attempts of a partition that a busy node left waiting,
 *       and gives back the claims that waited here too long for a worker.
 * </ol>
 */
final class Sweeper {
  private static final Logger log = LoggerFactory.getLogger(Sweeper.class);
  static final Duration PERIOD = Duration.ofSeconds(1);
  private static final Duration FULL_CHECK = Duration.ofSeconds(30);

  private final ClaimRecovery recovery;
  private final QueueRepository queue;
  private final QuartzGateway quartz;
  private final LaneTriggers triggers;
  private final Claimer claimer;
  private final Dispatcher dispatcher;
  private final Jdbc jdbc;
  private final EngineParts parts;
  private final Clock clock;
  private final Duration deadAfter;
  private final java.util.function.BooleanSupplier steady;
  private final java.util.function.Supplier<io.taskdeck.store.NodeClaim> me;
  private final Periodic timer = new Periodic("taskdeck-lane-sweeper", PERIOD, this::sweepQuietly);
  private Set<String> lastLive;
  private long lastFullCheck;

  Sweeper(
      ClaimRecovery recovery,
      QueueRepository queue,
      QuartzGateway quartz,
      LaneTriggers triggers,
      Claimer claimer,
      Dispatcher dispatcher,
      Jdbc jdbc,
      EngineParts parts,
      Clock clock,
      Duration deadAfter,
      java.util.function.BooleanSupplier steady,
      java.util.function.Supplier<io.taskdeck.store.NodeClaim> me) {
    this.recovery = recovery;
    this.queue = queue;
    this.quartz = quartz;
    this.triggers = triggers;
    this.claimer = claimer;
    this.dispatcher = dispatcher;
    this.jdbc = jdbc;
    this.parts = parts;
    this.clock = clock;
    this.deadAfter = deadAfter;
    this.steady = steady;
    this.me = me;
  }

  void start() {
    timer.start();
  }

  void stop() {
    timer.stop();
  }

  private void sweepQuietly() {
    try {
      sweep();
      dispatcher.releaseOverdue().stream()
          .map(c -> c.part())
          .distinct()
          .forEach(p -> triggers.fireAgain(p, clock.instant()));
      for (int p = 0; p < Lane.PARTITIONS; p++) {
        claimer.help(p);
      }
    } catch (RuntimeException e) {
      log.warn("Lane sweep failed (retried in {}): {}", PERIOD, e.getMessage());
    }
  }

  /** Returns how many attempts went back to the queue plus how many partitions were re-armed. */
  synchronized int sweep() {
    int released = 0;
    Set<String> live = liveIncarnations();
    long now = clock.millis();
    if (steady.getAsBoolean()
        && (lastLive == null
            || !live.containsAll(lastLive)
            || now - lastFullCheck >= FULL_CHECK.toMillis())) {
      released = releaseDead().total();
      lastFullCheck = now;
    }
    lastLive = live;
    return released + rearm();
  }

  /**
   * Releases the claims of incarnations that are not alive, once this node has itself checked in
   * without a failure for the detection bound (else nothing: after a database outage every
   * incarnation's check-in is old, the live ones' too, until they have checked in again).
   */
  Recovered releaseDead() {
    if (!steady.getAsBoolean()) {
      return new Recovered(0, 0);
    }
    Recovered r = recovery.releaseDeadIncarnations(deadAfter, clock.instant(), me.get());
    if (r.total() > 0) {
      log.info(
          "Released {} claims of node incarnations that stopped checking in ({} waiting, {} interrupted while running)",
          r.total(),
          r.waiting(),
          r.interrupted());
      parts.events().publish(new TaskEvent.TasksChanged(r.total()));
    }
    return r;
  }

  /**
   * Arms each partition that has queued attempts and no dispatch trigger waiting; returns how many.
   */
  int rearm() {
    Set<Integer> armed = quartz.armedPartitions();
    int rearmed = 0;
    for (int p = 0; p < Lane.PARTITIONS; p++) {
      if (!armed.contains(p)) {
        int part = p;
        boolean due =
            queue
                .nextDue(part)
                .map(
                    d -> {
                      triggers.forget();
                      triggers.ensure(part, d);
                      return true;
                    })
                .orElse(false);
        rearmed += due ? 1 : 0;
      }
    }
    if (rearmed > 0) {
      log.info("Re-armed {} dispatch partition(s) whose trigger chain was broken", rearmed);
    }
    return rearmed;
  }

  private Set<String> liveIncarnations() {
    return new HashSet<>(
        jdbc.inTransaction(
            c ->
                Jdbc.query(
                    c,
                    "SELECT node_id, incarnation FROM cluster_node WHERE last_checkin > ?",
                    rs -> rs.getString(1) + "#" + rs.getLong(2),
                    Jdbc.databaseNow(c).minus(deadAfter))));
  }
}
