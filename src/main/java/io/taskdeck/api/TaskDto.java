package io.taskdeck.api;

import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A task as the v1 API returns it: the spec's fields plus its state. */
record TaskDto(
    UUID id,
    String name,
    String group,
    String description,
    String type,
    PayloadDto payload,
    ScheduleDto schedule,
    int priority,
    RetryDto retry,
    String misfire,
    String calendar,
    Duration timeout,
    String status,
    Instant nextRun,
    String lastOutcome,
    int retryCount,
    Instant createdAt,
    Instant updatedAt) {

  /** The retry policy in its v1 shape. */
  record RetryDto(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {
    static RetryDto of(RetryPolicy r) {
      return new RetryDto(r.maxAttempts(), r.initialDelay(), r.multiplier(), r.maxDelay(), r.jitter());
    }
  }

  static TaskDto of(Task t) {
    TaskSpec s = t.spec();
    return new TaskDto(
        t.id(),
        s.name(),
        s.group(),
        s.description(),
        s.type().wireName(),
        PayloadDto.of(s.payload()),
        ScheduleDto.of(s.schedule()),
        s.priority(),
        RetryDto.of(s.retry()),
        s.misfire().wireName(),
        s.calendar(),
        s.timeout(),
        t.status().name(),
        t.nextRun(),
        t.lastOutcome() == null ? null : t.lastOutcome().name(),
        t.retryCount(),
        t.createdAt(),
        t.updatedAt());
  }
}
