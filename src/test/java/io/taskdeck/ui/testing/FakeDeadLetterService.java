package io.taskdeck.ui.testing;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An in-memory dead-letter queue for UI tests (test scope only). Retrying tasks come from the task
 * service; a requeue runs the task now through it and records when it was asked for.
 */
public final class FakeDeadLetterService implements DeadLetterService {
  private final TaskService tasks;
  private final List<DeadLetter> letters = new ArrayList<>();
  private final List<Instant> requeuedAt = new ArrayList<>();
  private volatile RuntimeException failure;

  public FakeDeadLetterService(TaskService tasks) {
    this.tasks = tasks;
  }

  public synchronized void add(DeadLetter letter) {
    letters.add(0, letter);
  }

  public void failWith(RuntimeException e) {
    failure = e;
  }

  /** The times requeues asked for, in order; null for "now". */
  public synchronized List<Instant> requeuedAt() {
    return java.util.Collections.unmodifiableList(new ArrayList<>(requeuedAt));
  }

  private void check() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public synchronized Page<DeadLetter> deadLetters(int limit, String cursor) {
    check();
    return new Page<>(
        letters.stream().limit(limit <= 0 ? TaskQuery.DEFAULT_LIMIT : limit).toList(), null);
  }

  @Override
  public synchronized List<Long> requeue(List<Long> ids, Instant at) {
    check();
    List<DeadLetter> found =
        ids.stream()
            .map(
                id ->
                    letters.stream()
                        .filter(d -> d.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("dead letter", id)))
            .toList();
    for (DeadLetter d : found) {
      letters.remove(d);
      requeuedAt.add(at);
      if (at == null) {
        tasks.runNow(d.taskId());
      }
    }
    return ids;
  }

  @Override
  public synchronized void deleteDeadLetter(long id) {
    check();
    if (!letters.removeIf(d -> d.id() == id)) {
      throw new NotFoundException("dead letter", id);
    }
  }

  @Override
  public Page<Task> retrying(int limit, String cursor) {
    check();
    return tasks.list(new TaskQuery(Set.of(TaskStatus.RETRYING), null, null, null, limit, cursor));
  }
}
