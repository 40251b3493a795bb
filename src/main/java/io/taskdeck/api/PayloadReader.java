package io.taskdeck.api;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import java.util.Locale;
import java.util.Set;

/** Reads the type-specific payload shapes of the v1 API. */
final class PayloadReader {
  private static final Set<String> SHELL = Set.of("command", "working_dir", "env");
  private static final Set<String> HTTP = Set.of("method", "url", "headers", "body", "expect_status");

  private PayloadReader() {}

  static TaskType type(JsonFields f, String name) {
    String wire = f.string(name);
    if (wire == null) {
      return null;
    }
    for (TaskType t : TaskType.values()) {
      if (t.wireName().equals(wire.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new ValidationException(
        f.path(name), "unknown task type '" + wire + "' (expected shell, http or noop)");
  }

  /** Reads {@code parent.payload} as a payload of {@code type}; an absent payload is empty. */
  static Payload read(JsonFields parent, String name, TaskType type) {
    return switch (type) {
      case SHELL -> shell(objectOrEmpty(parent, name, SHELL));
      case HTTP -> http(objectOrEmpty(parent, name, HTTP));
      case NOOP -> {
        objectOrEmpty(parent, name, Set.of());
        yield NoopPayload.INSTANCE;
      }
    };
  }

  private static JsonFields objectOrEmpty(JsonFields parent, String name, Set<String> allowed) {
    JsonFields f = parent.object(name, allowed);
    return f != null ? f : JsonFields.of(ApiJson.emptyObject(), parent.path(name) + ".", allowed);
  }

  private static Payload shell(JsonFields f) {
    return new ShellPayload(f.string("command"), f.string("working_dir"), f.stringMap("env"));
  }

  private static Payload http(JsonFields f) {
    return new HttpPayload(
        f.string("method"), f.string("url"), f.stringMap("headers"), f.string("body"), status(f));
  }

  private static StatusRange status(JsonFields f) {
    if (f.child("expect_status") != null && f.child("expect_status").isInt()) {
      int s = f.child("expect_status").intValue();
      return rangeOrReject(f, String.valueOf(s));
    }
    return rangeOrReject(f, f.string("expect_status"));
  }

  private static StatusRange rangeOrReject(JsonFields f, String text) {
    try {
      return StatusRange.parse(text);
    } catch (ValidationException e) {
      throw new ValidationException(f.path("expect_status"), e.getMessage());
    }
  }
}
