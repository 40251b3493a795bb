package io.taskdeck.store;

import io.taskdeck.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursors: they encode the sort key of the last row of a page. */
final class Cursors {
  private Cursors() {}

  /** The key of a task page: created_at and id of the last row. */
  record TaskKey(Instant createdAt, UUID id) {}

  static String task(Instant createdAt, UUID id) {
    long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
    return encode(micros + "|" + id);
  }

  static TaskKey parseTask(String cursor) {
    String[] parts = decode(cursor).split("\\|");
    try {
      long micros = Long.parseLong(parts[0]);
      Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      return new TaskKey(at, UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw invalid();
    }
  }

  static String execution(long logId) {
    return encode(Long.toString(logId));
  }

  static long parseExecution(String cursor) {
    try {
      return Long.parseLong(decode(cursor));
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static ValidationException invalid() {
    return new ValidationException("cursor", "the cursor is not one this server handed out");
  }
}
