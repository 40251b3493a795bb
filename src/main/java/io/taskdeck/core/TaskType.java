package io.taskdeck.core;

import java.util.Locale;

/** What a task does when it fires. The wire name is the lower-case constant name. */
public enum TaskType {
  SHELL,
  HTTP,
  NOOP;

  /** The payload record of this type: what its {@code payload} binds to. */
  public Class<? extends Payload> payloadType() {
    return switch (this) {
      case SHELL -> ShellPayload.class;
      case HTTP -> HttpPayload.class;
      case NOOP -> NoopPayload.class;
    };
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TaskType fromWire(String value) {
    for (TaskType t : values()) {
      if (t.wireName().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new ValidationException(
        "type", "unknown task type '" + value + "' (expected shell, http or noop)");
  }
}
