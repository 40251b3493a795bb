package io.taskdeck.engine.cluster;

import java.util.OptionalLong;

/**
 * The payload of a wake-up notification: {@code schema:dueMillis}. The channel is shared by every
 * schema of the database, so listeners ignore other schemas' messages.
 */
final class WakeUpMessage {
  private WakeUpMessage() {}

  static String format(String schema, long dueMillis) {
    return schema + ":" + dueMillis;
  }

  /** The due time of a message for {@code schema}; empty for other schemas and malformed ones. */
  static OptionalLong dueFor(String schema, String payload) {
    if (payload == null) {
      return OptionalLong.empty();
    }
    int colon = payload.lastIndexOf(':');
    if (colon < 0 || !payload.substring(0, colon).equals(schema)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(payload.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
