package io.taskdeck.engine;

import io.taskdeck.store.Claimed;
import java.time.Instant;
import java.util.Comparator;

/** A claimed attempt waiting on this node for its time or for a worker, since {@code claimedAt}. */
record Waiting(Claimed claim, long seq, Instant claimedAt) {
  static final Comparator<Waiting> READY_ORDER =
      Comparator.comparingInt((Waiting w) -> -w.claim().entry().priority())
          .thenComparing(Waiting::due)
          .thenComparingLong(Waiting::seq);

  Instant due() {
    return claim.due();
  }

  /** Since when it could have started here: its claim, or its due time when that came later. */
  Instant waitingSince() {
    return due().isAfter(claimedAt) ? due() : claimedAt;
  }
}
