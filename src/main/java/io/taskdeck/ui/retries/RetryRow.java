package io.taskdeck.ui.retries;

import io.taskdeck.core.Task;

/** A task waiting out its backoff, with the error of its last attempt (null when unknown). */
public record RetryRow(Task task, String lastError) {

  /** "attempt 2 of 3": the attempt that is waiting, of the task's maximum. */
  public String attemptText() {
    return "attempt " + (task.retryCount() + 1) + " of " + task.spec().retry().maxAttempts();
  }
}
