package io.taskdeck.engine;

import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch path's safety net, run at start and every second on executing nodes (idempotent, so
 * every node may run it):
 *
 * <ol>
 *   <li>claims held by nodes that left Quartz's cluster (Quartz removes a failed node's check-in row
 *       once it recovered it) go back to the queue: checked when a node left, and every 30 s;
 *   <li>a partition with queued tasks but no dispatch trigger at all (a node died between its claim
 *       and the next link of the chain, or the trigger was deleted) gets one;
 *   <li>(periodic runs only) a node with free workers claims due tasks of a partition that a busy
 *       node left waiting.
 * </ol>
 */
final class DispatchSweeper {
  private static final Logger log = LoggerFactory.getLogger(DispatchSweeper.class);
  static final Duration PERIOD = Duration.ofSeconds(1);
  /** Claims are looked through (a scan: claim_node is not indexed) when a node left, and this often. */
  private static final Duration FULL_CHECK = Duration.ofSeconds(30);

  private final DispatchRepository repo;
  private final DispatchTriggers triggers;
  private final DispatchFiring firing;
  private final Jdbc jdbc;
  private final Clock clock;
  private final int partitions;
  private ScheduledExecutorService timer;
  private Set<String> lastMembers;
  private long lastFullCheck;

  DispatchSweeper(
      DispatchRepository repo, DispatchTriggers triggers, DispatchFiring firing, Jdbc jdbc, Clock clock, int partitions) {
    this.repo = repo;
    this.triggers = triggers;
    this.firing = firing;
    this.jdbc = jdbc;
    this.clock = clock;
    this.partitions = partitions;
  }

  synchronized void start() {
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "taskdeck-dispatch-sweeper");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleWithFixedDelay(this::sweepQuietly, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  private void sweepQuietly() {
    try {
      sweep();
      for (int p = 0; p < partitions; p++) {
        firing.help(p);
      }
    } catch (RuntimeException e) {
      log.warn("Dispatch sweep failed (retried in {}): {}", PERIOD, e.getMessage());
    }
  }

  /** Returns how many tasks went back to the queue plus how many partitions were re-armed. */
  synchronized int sweep() {
    int released = 0;
    Set<String> members = members();
    long now = clock.millis();
    if (lastMembers == null || !members.containsAll(lastMembers) || now - lastFullCheck >= FULL_CHECK.toMillis()) {
      released = repo.releaseClaimsOfGoneNodes(QuartzSetup.SCHEDULER_NAME, clock.instant());
      lastFullCheck = now;
      if (released > 0) {
        log.info("Returned {} tasks claimed by nodes that left the cluster to the queue", released);
      }
    }
    lastMembers = members;
    Set<Integer> armed = armedPartitions();
    int rearmed = 0;
    for (int p = 0; p < partitions; p++) {
      if (!armed.contains(p)) {
        int part = p;
        boolean due = repo.nextDue(part).map(d -> {
          triggers.ensure(part, d);
          return true;
        }).orElse(false);
        rearmed += due ? 1 : 0;
      }
    }
    if (rearmed > 0) {
      log.info("Re-armed {} dispatch partition(s) whose trigger chain was broken", rearmed);
    }
    return released + rearmed;
  }

  private Set<String> members() {
    return new HashSet<>(
        jdbc.query(
            "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
            rs -> rs.getString(1),
            QuartzSetup.SCHEDULER_NAME));
  }

  private Set<Integer> armedPartitions() {
    Set<Integer> armed = new HashSet<>();
    jdbc.query(
            "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?",
            rs -> rs.getString(1),
            QuartzSetup.SCHEDULER_NAME,
            DispatchTriggers.GROUP)
        .forEach(name -> armed.add(Integer.parseInt(name.substring(1, name.indexOf('.')))));
    return armed;
  }
}
