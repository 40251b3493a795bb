package io.taskdeck.api;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Secrets;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A task as the v1 API returns it: the spec's fields, in the shapes of the core records, plus its
 * state. Secret header and variable values are masked.
 */
record TaskDto(
    UUID id,
    String name,
    String group,
    String description,
    TaskType type,
    Payload payload,
    Schedule schedule,
    int priority,
    RetryPolicy retry,
    MisfirePolicy misfire,
    String calendar,
    Duration timeout,
    TaskStatus status,
    Instant nextRun,
    ExecutionStatus lastOutcome,
    int retryCount,
    Instant createdAt,
    Instant updatedAt) {

  static TaskDto of(Task t) {
    TaskSpec s = t.spec();
    return new TaskDto(
        t.id(),
        s.name(),
        s.group(),
        s.description(),
        s.type(),
        Secrets.masked(s.payload()),
        s.schedule(),
        s.priority(),
        s.retry(),
        s.misfire(),
        s.calendar(),
        s.timeout(),
        t.status(),
        t.nextRun(),
        t.lastOutcome(),
        t.retryCount(),
        t.createdAt(),
        t.updatedAt());
  }
}
