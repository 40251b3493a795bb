package io.taskdeck.core;

/** A state change that the task's current status forbids, such as resuming a completed task. */
public class IllegalStateChangeException extends TaskdeckException {
  public IllegalStateChangeException(String message) {
    super(message);
  }
}
