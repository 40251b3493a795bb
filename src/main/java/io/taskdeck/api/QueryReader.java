package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.Bounds;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.Wire;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Typed query parameters; each rejection names the parameter. */
final class QueryReader {
  /** No query parameter is longer in meaning: names, groups and cursors. */
  private static final int MAX_LENGTH = 1_000;

  private final Context ctx;

  QueryReader(Context ctx) {
    this.ctx = ctx;
  }

  /** The parameter, or null when absent or blank; a NUL or a lone surrogate is refused. */
  String text(String name) {
    String v = ctx.queryParam(name);
    Bounds.text(name, v, MAX_LENGTH);
    return v == null || v.isBlank() ? null : v;
  }

  /** A boolean parameter: true or false (any case); absent means false. */
  boolean flag(String name) {
    String v = text(name);
    if (v == null || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    throw new ValidationException(name, name + " must be true or false, got '" + v + "'");
  }

  int limit() {
    String v = text("limit");
    if (v == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 1) {
        throw new ValidationException("limit", "limit must be at least 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ValidationException("limit", "limit must be an integer, got '" + v + "'");
    }
  }

  /** A comma-separated list of enum names, matched case-insensitively. */
  <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
    String v = text(name);
    Set<E> out = EnumSet.noneOf(type);
    if (v == null) {
      return out;
    }
    for (String part : v.split(",")) {
      try {
        out.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ValidationException(
            name,
            "unknown "
                + name
                + " '"
                + part.trim()
                + "' (expected one of "
                + Arrays.toString(type.getEnumConstants())
                + ")");
      }
    }
    return out;
  }

  Set<TaskStatus> taskStatuses() {
    return enums("status", TaskStatus.class);
  }

  Set<ExecutionStatus> executionStatuses() {
    return enums("status", ExecutionStatus.class);
  }

  TaskType type() {
    String v = text("type");
    if (v == null) {
      return null;
    }
    Set<TaskType> types = enums("type", TaskType.class);
    if (types.size() != 1) {
      throw new ValidationException("type", "give one type: shell, http or noop");
    }
    return types.iterator().next();
  }

  UUID uuid(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return UUID.fromString(v.trim());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(name, name + " must be a task id (UUID), got '" + v + "'");
    }
  }

  Instant instant(String name) {
    String v = text(name);
    Instant at = v == null ? null : Wire.instant(name, v);
    Bounds.instant(name, at);
    return at;
  }
}
