package io.taskdeck.engine;

import io.taskdeck.store.DispatchRepository.Claimed;
import io.taskdeck.store.DispatchRepository.Started;
import java.time.Instant;
import java.util.Comparator;

/** The dispatcher's items: claimed tasks waiting to start, and attempts waiting to be settled. */
final class Dispatched {
  private Dispatched() {}

  /** A claimed task waiting for its time or for a worker. */
  record Waiting(Claimed claim, long seq) {
    static final Comparator<Waiting> READY_ORDER =
        Comparator.comparingInt((Waiting w) -> -w.claim().stored().task().spec().priority())
            .thenComparing(Waiting::due)
            .thenComparingLong(Waiting::seq);

    Instant due() {
      return claim.due();
    }
  }

  /** A finished attempt, waiting for its settlement to be committed. */
  record Finished(Started started, Outcome outcome, Instant finishedAt) {}
}
