package io.taskdeck.engine;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.Bounds;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** The dead-letter queue and the retrying tasks: requeues go through the lane like every attempt. */
final class EngineDeadLetterService implements DeadLetterService {
  private final DeadLetterRepository deadLetters;
  private final TaskRepository tasks;
  private final TaskWrites writes;
  private final EventHub events;
  private final Clock clock;

  EngineDeadLetterService(DeadLetterRepository deadLetters, TaskRepository tasks, TaskWrites writes, EventHub events, Clock clock) {
    this.deadLetters = deadLetters;
    this.tasks = tasks;
    this.writes = writes;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Page<DeadLetter> deadLetters(int limit, String cursor) {
    return deadLetters.listOpen(checkLimit(limit), cursor);
  }

  /**
   * Validates {@code at} first (within {@link Bounds#instant}), then requeues every dead letter in one
   * transaction: all of them, or none (an unknown or already requeued one is 404, a task whose
   * status refuses a requeue is 409, and nothing changes).
   */
  @Override
  public List<Long> requeue(List<Long> ids, Instant at) {
    Bounds.instant("at", at);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant when = at == null || at.isBefore(now) ? now : at.truncatedTo(ChronoUnit.MILLIS);
    List<DeadLetter> found = ids.stream()
        .map(id -> deadLetters.findOpen(id).orElseThrow(() -> new NotFoundException("dead letter", id)))
        .toList();
    writes.requeue(ids, when, now);
    found.stream().map(DeadLetter::taskId).distinct()
        .forEach(t -> events.publish(new TaskEvent.StatusChanged(t, TaskStatus.SCHEDULED)));
    return List.copyOf(ids);
  }

  @Override
  public void deleteDeadLetter(long id) {
    if (!deadLetters.delete(id)) {
      throw new NotFoundException("dead letter", id);
    }
  }

  @Override
  public Page<Task> retrying(int limit, String cursor) {
    return tasks.list(new TaskQuery(Set.of(TaskStatus.RETRYING), null, null, null, checkLimit(limit), cursor));
  }

  private static int checkLimit(int limit) {
    if (limit > TaskQuery.MAX_LIMIT) {
      throw new ValidationException("limit", "limit must be at most " + TaskQuery.MAX_LIMIT);
    }
    return limit <= 0 ? TaskQuery.DEFAULT_LIMIT : limit;
  }
}
