package io.taskdeck.core;

/** Bad input: names the offending field (dotted path such as {@code schedule.expression}). */
public class ValidationException extends TaskdeckException {
  private final String field;

  public ValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
