package io.taskdeck.engine;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dead-letter queue and the retrying tasks, on the engine's tables and Quartz. */
final class QuartzDeadLetterService implements DeadLetterService {
  private final DeadLetterRepository deadLetters;
  private final TaskRepository tasks;
  private final QuartzGateway quartz;
  private final DispatchPath dispatch;
  private final EventHub events;
  private final Clock clock;

  QuartzDeadLetterService(
      DeadLetterRepository deadLetters, TaskRepository tasks, QuartzGateway quartz, DispatchPath dispatch,
      EventHub events, Clock clock) {
    this.deadLetters = deadLetters;
    this.tasks = tasks;
    this.quartz = quartz;
    this.dispatch = dispatch;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Page<DeadLetter> deadLetters(int limit, String cursor) {
    return deadLetters.listOpen(checkLimit(limit), cursor);
  }

  /**
   * Checks every id first, then for each: marks the dead letter requeued, resets the task's attempts
   * (row first) and adds a one-off trigger at {@code at}.
   */
  @Override
  public List<Long> requeue(List<Long> ids, Instant at) {
    List<DeadLetter> found = new ArrayList<>();
    for (Long id : ids) {
      found.add(deadLetters.findOpen(id).orElseThrow(() -> new NotFoundException("dead letter", id)));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant when = at == null || at.isBefore(now) ? now : at.truncatedTo(ChronoUnit.MILLIS);
    List<Long> done = new ArrayList<>();
    for (DeadLetter d : found) {
      if (deadLetters.markRequeued(d.id(), now) && tasks.requeue(d.taskId(), when, now)) {
        tasks.find(d.taskId()).ifPresent(st -> rearm(st, when));
        events.publish(new TaskEvent.StatusChanged(d.taskId(), TaskStatus.SCHEDULED));
        done.add(d.id());
      }
    }
    return done;
  }

  /** A dispatched task is back in the queue already (row first); any other gets a one-off trigger. */
  private void rearm(io.taskdeck.store.StoredTask st, Instant when) {
    if (st.dispatched()) {
      dispatch.queued(st.dispatchPart(), when);
    } else {
      quartz.runAt(st.task().id(), st.task().spec().priority(), when);
    }
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
