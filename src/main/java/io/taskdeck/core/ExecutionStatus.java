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
  /** An occurrence that was missed (misfire) and not run at its time. */
  MISSED;

  public boolean success() {
    return this == SUCCESS;
  }
}
