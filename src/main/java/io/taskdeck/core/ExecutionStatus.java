package io.taskdeck.core;

/** The outcome of one attempt, as written to the execution log. */
public enum ExecutionStatus {
  /** The attempt is under way (only visible while it runs). */
  RUNNING,
  SUCCESS,
  FAILED,
  /** Failed, and another attempt is scheduled. */
  RETRIED,
  TIMED_OUT,
  INTERRUPTED,
  /** Ended by a person (Stop); the retry policy does not apply to it. */
  STOPPED,
  /** An occurrence that was missed (misfire) and not run at its time. */
  MISSED;

  public boolean success() {
    return this == SUCCESS;
  }

  /**
   * True for the outcome of a failed attempt: a non-zero exit, an unexpected status, an error, a
   * timeout.
   */
  public boolean failure() {
    return this == FAILED || this == TIMED_OUT;
  }
}
