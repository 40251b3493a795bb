package io.taskdeck.core;

/** The root of Taskdeck's exceptions: each subclass maps to one kind of answer for the user. */
public class TaskdeckException extends RuntimeException {
  public TaskdeckException(String message) {
    super(message);
  }

  public TaskdeckException(String message, Throwable cause) {
    super(message, cause);
  }
}
