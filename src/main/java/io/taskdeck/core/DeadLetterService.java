package io.taskdeck.core;

import java.time.Instant;
import java.util.List;

/**
 * The retry side of the engine: what is waiting to retry, and the dead-letter queue. Methods throw
 * the exceptions of {@link TaskService}.
 */
public interface DeadLetterService {

  /**
   * This service acting for {@code actor}: the changes made through the view are recorded in the
   * audit trail as {@code actor}'s (docs/audit.md). Implementations that keep the trail override
   * it; the default (test doubles) is this service itself.
   */
  default DeadLetterService as(Actor actor) {
    return this;
  }

  /** Dead letters not yet requeued, newest first, keyset-paged. */
  Page<DeadLetter> deadLetters(int limit, String cursor);

  /**
   * Requeues dead letters: each task's attempts reset and it runs at {@code at} (null: now).
   * Returns the dead-letter ids requeued, in the order given.
   *
   * @throws NotFoundException for an unknown or already requeued dead letter (nothing is requeued)
   */
  List<Long> requeue(List<Long> deadLetterIds, Instant at);

  /** Deletes a dead letter. */
  void deleteDeadLetter(long deadLetterId);

  /** Tasks waiting out a retry backoff; {@link Task#nextRun()} is the next attempt. */
  Page<Task> retrying(int limit, String cursor);
}
