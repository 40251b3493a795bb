package io.taskdeck.api;

import io.taskdeck.core.Execution;
import java.time.Instant;
import java.util.UUID;

/** One attempt as the API shows it (docs/api.md). */
record ExecutionDto(
    long logId,
    UUID taskId,
    int attempt,
    String nodeId,
    Instant scheduledFor,
    Instant startedAt,
    Instant finishedAt,
    String status,
    Integer exitCode,
    Integer httpStatus,
    String output,
    String error) {

  static ExecutionDto of(Execution e) {
    return new ExecutionDto(
        e.logId(),
        e.taskId(),
        e.attempt(),
        e.nodeId(),
        e.scheduledFor(),
        e.startedAt(),
        e.finishedAt(),
        e.status().name(),
        e.exitCode(),
        e.httpStatus(),
        e.output(),
        e.error());
  }
}
