package io.taskdeck.core;

import java.util.Locale;

/** What a task does when it fires. The wire name is the lower-case constant name. */
public enum TaskType {
  SHELL,
  HTTP,
  NOOP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TaskType fromWire(String value) {
    for (TaskType t : values()) {
      if (t.wireName().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new ValidationException("type", "unknown task type '" + value + "' (expected shell, http or noop)");
  }
}
