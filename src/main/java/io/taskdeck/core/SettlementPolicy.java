package io.taskdeck.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a finished attempt settles: the settlement table of docs/engine.md as one pure function, used
 * by the engine and by every test double.
 *
 * <p>{@code (task, attempt, outcome, now) → next state}. The caller writes the result in one
 * transaction: the execution row, the task, the dead letter and the next pending attempt.
 */
public final class SettlementPolicy {
  private SettlementPolicy() {}

  /** What the attempt met when it settled, beside its outcome. */
  public enum Standing {
    /** Its claim still holds and the task's schedule is the one it ran under. */
    CURRENT,
    /** A person changed the task's schedule (or calendar) while it ran. */
    SCHEDULE_CHANGED,
    /**
     * The task was cancelled, or its claim was given to another attempt: the outcome only is
     * recorded.
     */
    OVERTAKEN
  }

  /**
   * The result of a settlement.
   *
   * @param row the execution row's status (RETRIED when a retry follows, else the outcome)
   * @param status the task's status afterwards; null when the settlement leaves it as it is
   * @param next the pending attempt afterwards, or null for none
   * @param held true when {@code next} waits for a resume (the task was paused meanwhile)
   * @param deadLetter true when a dead letter is written (an occurrence failed with no attempts
   *     left)
   * @param lastOutcome the task's last outcome afterwards
   * @param attemptsMade the task's retry count afterwards: the attempts made for this occurrence
   */
  public record Result(
      ExecutionStatus row,
      TaskStatus status,
      Attempt next,
      boolean held,
      boolean deadLetter,
      ExecutionStatus lastOutcome,
      int attemptsMade) {

    public Optional<Attempt> pending() {
      return Optional.ofNullable(next);
    }
  }

  /**
   * Settles {@code attempt} of {@code task}.
   *
   * @param task the task as it is now (its status is RUNNING, or PAUSED or CANCELLED when a person
   *     acted while the attempt ran); its spec gives the retry policy
   * @param occurrences the task's current schedule
   * @param outcome the attempt's own outcome (SUCCESS, FAILED, TIMED_OUT, INTERRUPTED or STOPPED)
   * @param unitRandom a random number in [0, 1) for the retry's jitter
   */
  public static Result settle(
      Task task,
      Occurrences occurrences,
      Attempt attempt,
      ExecutionStatus outcome,
      Standing standing,
      Instant now,
      double unitRandom) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == ExecutionStatus.RUNNING
        || outcome == ExecutionStatus.RETRIED
        || outcome == ExecutionStatus.MISSED) {
      throw new IllegalArgumentException(outcome + " is not the outcome of an attempt");
    }
    int made = attempt.number();
    if (standing == Standing.OVERTAKEN || task.status() == TaskStatus.CANCELLED) {
      return new Result(outcome, null, null, false, false, outcome, made);
    }
    Result r = moveOn(task, occurrences, attempt, outcome, standing, now, unitRandom);
    if (task.status() == TaskStatus.PAUSED && r.next() != null) {
      return new Result(r.row(), TaskStatus.PAUSED, r.next(), true, r.deadLetter(), outcome, made);
    }
    return r;
  }

  private static Result moveOn(
      Task task,
      Occurrences occurrences,
      Attempt attempt,
      ExecutionStatus outcome,
      Standing standing,
      Instant now,
      double unitRandom) {
    int made = attempt.number();
    if (outcome == ExecutionStatus.INTERRUPTED) {
      Attempt again = attempt.dueAt(now);
      return new Result(outcome, again.waitingStatus(), again, false, false, outcome, made);
    }
    if (standing == Standing.SCHEDULE_CHANGED) {
      // The attempt belonged to the old schedule: its outcome is recorded, a failure is neither
      // retried nor dead-lettered, and the new schedule takes over from now.
      Attempt next = occurrences.first(now).map(Attempt::scheduled).orElse(null);
      return new Result(
          outcome,
          next == null ? TaskStatus.COMPLETED : TaskStatus.SCHEDULED,
          next,
          false,
          false,
          outcome,
          made);
    }
    boolean failed = outcome.failure();
    RetryPolicy retry = task.spec().retry();
    if (failed && retry.attemptsRemainAfter(attempt.number())) {
      Instant at = now.plus(retry.delayAfter(attempt.number(), unitRandom));
      return new Result(
          ExecutionStatus.RETRIED,
          TaskStatus.RETRYING,
          attempt.retryAt(at),
          false,
          false,
          outcome,
          made);
    }
    Attempt next =
        attempt.resume() != null ? attempt.resume() : nextOccurrence(task, occurrences, attempt);
    TaskStatus status;
    if (next != null) {
      status = next.waitingStatus();
    } else {
      status =
          failed && !task.spec().schedule().recurring() ? TaskStatus.FAILED : TaskStatus.COMPLETED;
    }
    return new Result(outcome, status, next, false, failed, outcome, made);
  }

  /**
   * The first occurrence strictly after the settled one, for a recurring task; none for a one-shot.
   */
  private static Attempt nextOccurrence(Task task, Occurrences occurrences, Attempt attempt) {
    if (!task.spec().schedule().recurring()) {
      return null;
    }
    return occurrences.after(attempt.occurrence()).map(Attempt::scheduled).orElse(null);
  }
}
