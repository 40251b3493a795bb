package io.taskdeck.engine;

import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.Bounds;
import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.AuditRepository;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The dead-letter queue and the retrying tasks: requeues go through the lane like every attempt.
 * Each instance acts for one {@link Actor}, whom its writes name in the audit trail.
 */
final class EngineDeadLetterService implements DeadLetterService {
  private final Parts p;
  private final DeadLetterRepository deadLetters;
  private final TaskRepository tasks;
  private final Actor actor;

  /** What a service is made of. */
  record Parts(
      Jdbc jdbc,
      DeadLetterRepository deadLetters,
      TaskRepository tasks,
      TaskWrites writes,
      EventHub events,
      Clock clock,
      AuditRepository audits) {}

  EngineDeadLetterService(Parts p, Actor actor) {
    this.p = p;
    this.deadLetters = p.deadLetters();
    this.tasks = p.tasks();
    this.actor = actor;
  }

  @Override
  public DeadLetterService as(Actor other) {
    return new EngineDeadLetterService(p, other);
  }

  @Override
  public Page<DeadLetter> deadLetters(int limit, String cursor) {
    return deadLetters.listOpen(checkLimit(limit), cursor);
  }

  /**
   * Validates {@code at} first (within {@link Bounds#instant}), then requeues every dead letter in
   * one transaction: all of them, or none (an unknown or already requeued one is 404, a task whose
   * status refuses a requeue is 409, and nothing changes).
   */
  @Override
  public List<Long> requeue(List<Long> ids, Instant at) {
    Bounds.instant("at", at);
    Instant now = p.clock().instant().truncatedTo(ChronoUnit.MICROS);
    Instant when = at == null || at.isBefore(now) ? now : at.truncatedTo(ChronoUnit.MILLIS);
    List<DeadLetter> found =
        ids.stream()
            .map(
                id ->
                    deadLetters
                        .findOpen(id)
                        .orElseThrow(() -> new NotFoundException("dead letter", id)))
            .toList();
    p.writes().requeue(ids, when, now, actor);
    found.stream()
        .map(DeadLetter::taskId)
        .distinct()
        .forEach(t -> p.events().publish(new TaskEvent.StatusChanged(t, TaskStatus.SCHEDULED)));
    return List.copyOf(ids);
  }

  @Override
  public void deleteDeadLetter(long id) {
    p.jdbc()
        .inTransaction(
            c -> {
              DeadLetter d =
                  deadLetters
                      .lock(c, id)
                      .orElseThrow(() -> new NotFoundException("dead letter", id));
              deadLetters.delete(c, id);
              p.audits()
                  .record(
                      c,
                      AuditEntry.of(
                          actor, AuditAction.DELETE_DEAD_LETTER, "dead_letter", id, d.taskName()));
              return null;
            });
  }

  @Override
  public Page<Task> retrying(int limit, String cursor) {
    return tasks.list(
        new TaskQuery(Set.of(TaskStatus.RETRYING), null, null, null, checkLimit(limit), cursor));
  }

  private static int checkLimit(int limit) {
    if (limit > TaskQuery.MAX_LIMIT) {
      throw new ValidationException("limit", "limit must be at most " + TaskQuery.MAX_LIMIT);
    }
    return limit <= 0 ? TaskQuery.DEFAULT_LIMIT : limit;
  }
}
