package io.taskdeck.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * This node's workers, and how much it should claim: what its workers can start within the claim
 * horizon, measured by attempt durations. A free worker starts one attempt now; when attempts are
 * shorter than the horizon, each worker gets through more of them meanwhile. The expected duration
 * is the recent average of finished attempts, raised to the age of the oldest running one, so a
 * node busy with long attempts stops counting on short ones and leaves new work to nodes with free
 * workers. Called under the dispatcher's lock.
 */
final class Capacity {
  /** How far ahead claims reach, and how long a due claim may wait here for a worker. */
  static final Duration HORIZON = Duration.ofMillis(500);

  private final int workers;
  private final Map<Long, Instant> runningSince = new HashMap<>();
  private int busy;
  private double avgMillis;

  Capacity(int workers) {
    this.workers = workers;
  }

  int workers() {
    return workers;
  }

  synchronized int busy() {
    return busy;
  }

  synchronized int freeWorkers() {
    return workers - busy;
  }

  /** A worker is taken for an attempt about to start. */
  synchronized void reserve() {
    busy++;
  }

  /** {@code n} reserved workers are free again (their starts did not happen). */
  synchronized void release(int n) {
    busy -= n;
  }

  synchronized void running(long logId, Instant since) {
    runningSince.put(logId, since);
  }

  /** An attempt finished after {@code took}: its worker is free. */
  synchronized void finished(long logId, Duration took) {
    busy--;
    runningSince.remove(logId);
    double ms = Math.max(0.01, took.toNanos() / 1e6);
    avgMillis = avgMillis == 0 ? ms : 0.8 * avgMillis + 0.2 * ms;
  }

  /**
   * True when every worker is busy with an attempt that has run longer than the claim horizon: none
   * is likely to be free soon, so claims waiting here are better run by another node.
   */
  synchronized boolean heldUp(Instant now) {
    if (busy < workers || runningSince.size() < workers) {
      return false;
    }
    Instant limit = now.minus(HORIZON);
    return runningSince.values().stream().allMatch(since -> since.isBefore(limit));
  }

  /**
   * How many more attempts to claim at {@code now}, given that {@code held} claimed ones wait here.
   */
  synchronized int room(Instant now, int held) {
    double expected = avgMillis;
    for (Instant since : runningSince.values()) {
      expected = Math.max(expected, Duration.between(since, now).toNanos() / 1e6);
    }
    double horizon = HORIZON.toMillis();
    long capacity = workers - busy;
    if (expected > 0 && expected < horizon) {
      capacity += (long) (workers * (horizon / expected));
    }
    return (int) Math.max(0, capacity - held);
  }
}
