package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One attempt of one task, as recorded in the execution log. */
public record Execution(
    long logId,
    UUID taskId,
    int attempt,
    String nodeId,
    Instant scheduledFor,
    Instant startedAt,
    Instant finishedAt,
    ExecutionStatus status,
    Integer exitCode,
    Integer httpStatus,
    String output,
    String error) {

  /** How long the attempt ran, or null while it runs or if it never started. */
  public Duration duration() {
    if (startedAt == null || finishedAt == null) {
      return null;
    }
    return Duration.between(startedAt, finishedAt);
  }
}
