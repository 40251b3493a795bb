package io.taskdeck.engine;

import io.taskdeck.core.ExecutionStatus;

/** What one attempt produced, before it is written to the execution log. */
record Outcome(
    ExecutionStatus status, Integer exitCode, Integer httpStatus, String output, String error) {

  /**
   * A task's output may hold NUL characters, which PostgreSQL cannot store in text: each becomes
   * U+FFFD, the same on both databases (a settlement that failed on one would be retried forever,
   * and take the rest of its group with it).
   */
  Outcome {
    output = storable(output);
    error = storable(error);
  }

  static String storable(String text) {
    return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
  }

  static Outcome success(String output) {
    return new Outcome(ExecutionStatus.SUCCESS, null, null, output, null);
  }

  static Outcome failed(String error) {
    return new Outcome(ExecutionStatus.FAILED, null, null, null, error);
  }

  /** An attempt that was started but not run: it goes back to the queue as the same attempt. */
  static Outcome notRun(String why) {
    return new Outcome(ExecutionStatus.INTERRUPTED, null, null, null, why);
  }

  /** This attempt as stopped by a person: what it wrote so far is kept. */
  Outcome stopped() {
    return new Outcome(
        ExecutionStatus.STOPPED, exitCode, httpStatus, output, "stopped by a person");
  }

  static Outcome interrupted(String output) {
    return new Outcome(
        ExecutionStatus.INTERRUPTED, null, null, output, "interrupted: the node shut down");
  }
}
