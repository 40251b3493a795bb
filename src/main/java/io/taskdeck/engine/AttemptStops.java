package io.taskdeck.engine;

import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.QueueEntry;
import io.taskdeck.store.StopRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a person's stop of a running attempt on the node that runs it: at once when the stop
 * was asked on this node, else within {@link #POLL} by reading this incarnation's requests. A
 * request for an attempt whose payload does not run here (it ended, or its thread has not begun
 * yet) is kept for {@link #PATIENCE}, then dropped; requests of incarnations that died before they
 * could act are deleted after {@link #ABANDONED}.
 */
final class AttemptStops {
  static final Duration POLL = Duration.ofSeconds(1);
  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final Duration ABANDONED = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(AttemptStops.class);

  private final StopRequests requests;
  private final RunningAttempts running;
  private final Supplier<NodeClaim> me;
  private final Clock clock;
  private final Periodic timer = new Periodic("taskdeck-stops", POLL, this::pollQuietly);
  private Instant lastPurge = Instant.EPOCH;

  AttemptStops(
      StopRequests requests, RunningAttempts running, Supplier<NodeClaim> me, Clock clock) {
    this.requests = requests;
    this.running = running;
    this.me = me;
    this.clock = clock;
  }

  void start() {
    timer.start();
  }

  void stop() {
    timer.stop();
  }

  /** A stop request committed: the attempt stops now if it runs on this incarnation. */
  void requested(QueueEntry row) {
    NodeClaim m = me.get();
    if (m.nodeId().equals(row.claimNode())
        && row.claimInc() != null
        && row.claimInc() == m.incarnation()
        && running.stop(row.logId())) {
      log.info("Stopping attempt {} of task {} (asked on this node)", row.logId(), row.taskId());
      requests.forget(List.of(row.logId()));
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.debug("Reading stop requests failed (tried again in {}): {}", POLL, e.getMessage());
    }
  }

  void poll() {
    NodeClaim m = me.get();
    Instant now = clock.instant();
    List<Long> done = new ArrayList<>();
    for (StopRequests.Request r : requests.forNode(m.nodeId(), m.incarnation())) {
      if (running.stop(r.logId())) {
        log.info("Stopping attempt {} (asked on another node)", r.logId());
        done.add(r.logId());
      } else if (r.requestedAt().plus(PATIENCE).isBefore(now)) {
        done.add(r.logId());
      }
    }
    requests.forget(done);
    if (lastPurge.plus(Duration.ofMinutes(1)).isBefore(now)) {
      lastPurge = now;
      requests.purge(now.minus(ABANDONED));
    }
  }
}
