package io.taskdeck.core;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as stored: the user's definition plus its state.
 *
 * @param nextRun the next time it is due (or its next retry), null when none
 * @param lastOutcome the status of the last finished attempt, null before the first
 * @param retryCount the attempts made for the current occurrence
 */
public record Task(
    UUID id,
    TaskSpec spec,
    TaskStatus status,
    Instant nextRun,
    ExecutionStatus lastOutcome,
    int retryCount,
    Instant createdAt,
    Instant updatedAt) {

  public String name() {
    return spec.name();
  }

  public TaskType type() {
    return spec.type();
  }
}
