package io.taskdeck.engine;

import io.taskdeck.store.Claimed;
import java.time.Instant;
import java.util.Comparator;

/** A claimed attempt waiting on this node for its time or for a worker. */
record Waiting(Claimed claim, long seq) {
  static final Comparator<Waiting> READY_ORDER =
      Comparator.comparingInt((Waiting w) -> -w.claim().entry().priority())
          .thenComparing(Waiting::due)
          .thenComparingLong(Waiting::seq);

  Instant due() {
    return claim.due();
  }
}
