package io.taskdeck.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A task's pending attempt, as the dispatch queue holds it (docs/engine.md, "One lane"). A task has
 * at most one.
 *
 * @param occurrence the schedule's occurrence it stands for (the execution row's scheduled_for)
 * @param due when it may start: the occurrence, a retry's backoff, or now for run-now and requeue
 * @param number 1 for a fresh occurrence, n after n − 1 failures of it
 * @param kind what made it: the schedule, a run-now or a requeue
 * @param resume the attempt that is due again once this one settles (a run-now or a requeue of a
 *     task that had a pending occurrence), or null
 */
public record Attempt(Instant occurrence, Instant due, int number, Kind kind, Attempt resume) {

  /** What made an attempt. */
  public enum Kind {
    /** An occurrence of the task's schedule. */
    SCHEDULED,
    /** A person's run now. */
    RUN_NOW,
    /** A requeue of the task's dead letter. */
    REQUEUE
  }

  public Attempt {
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(kind, "kind");
    if (number < 1) {
      throw new IllegalArgumentException("attempt number must be >= 1, was " + number);
    }
    if (resume != null && resume.resume() != null) {
      throw new IllegalArgumentException("an attempt resumes at most one other, not a chain");
    }
  }

  /** Attempt 1 of a schedule occurrence, due at the occurrence. */
  public static Attempt scheduled(Instant occurrence) {
    return new Attempt(occurrence, occurrence, 1, Kind.SCHEDULED, null);
  }

  /** Attempt 1 of a fresh run now (run-now or requeue), after which {@code resume} is due again. */
  public static Attempt extra(Kind kind, Instant now, Attempt resume) {
    return new Attempt(now, now, 1, kind, resume);
  }

  /** The next attempt of the same occurrence, due at {@code at}. */
  public Attempt retryAt(Instant at) {
    return new Attempt(occurrence, at, number + 1, kind, resume);
  }

  /** The same attempt due at {@code at} (an interrupted attempt runs again). */
  public Attempt dueAt(Instant at) {
    return new Attempt(occurrence, at, number, kind, resume);
  }

  /** True when this attempt may be missed: attempt 1 of a schedule occurrence. */
  public boolean canMisfire() {
    return kind == Kind.SCHEDULED && number == 1;
  }

  /** The status a task shows while this attempt waits: RETRYING after a failure, else SCHEDULED. */
  public TaskStatus waitingStatus() {
    return number > 1 ? TaskStatus.RETRYING : TaskStatus.SCHEDULED;
  }
}
