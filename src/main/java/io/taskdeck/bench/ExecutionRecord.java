package io.taskdeck.bench;

import java.time.Instant;

/**
 * One execution attempt as read back from an execution log table.
 *
 * @param scheduledFor the occurrence it stands for: when it was due (its original due time)
 * @param startedAt when the attempt started
 * @param finishedAt when it finished, or null when it never did (e.g. its node was killed)
 */
public record ExecutionRecord(
    String taskId, String nodeId, Instant scheduledFor, Instant startedAt, Instant finishedAt) {

  /** Start minus due, in milliseconds; 0 when either is unknown. */
  long startDelayMillis() {
    if (scheduledFor == null || startedAt == null) {
      return 0;
    }
    return startedAt.toEpochMilli() - scheduledFor.toEpochMilli();
  }
}
