package io.taskdeck.core;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as stored: the user's definition plus its state.
 *
 * @param nextRun the next time it is due (or its next retry), null when none
 * @param lastOutcome the status of the last finished attempt, null before the first
 * @param retryCount the attempts made for the current occurrence
 * @param revision grows with every change of the task; the API serves it as the task's ETag
 */
public record Task(
    UUID id,
    TaskSpec spec,
    TaskStatus status,
    Instant nextRun,
    ExecutionStatus lastOutcome,
    int retryCount,
    Instant createdAt,
    Instant updatedAt,
    long revision) {

  /** The revision of a task as first stored. */
  public static final long FIRST_REVISION = 1;

  /** A task at its {@link #FIRST_REVISION}: one being created, or a test double's. */
  public Task(
      UUID id,
      TaskSpec spec,
      TaskStatus status,
      Instant nextRun,
      ExecutionStatus lastOutcome,
      int retryCount,
      Instant createdAt,
      Instant updatedAt) {
    this(id, spec, status, nextRun, lastOutcome, retryCount, createdAt, updatedAt, FIRST_REVISION);
  }

  public String name() {
    return spec.name();
  }

  public TaskType type() {
    return spec.type();
  }
}
