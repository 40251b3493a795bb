package io.taskdeck.store;

import io.taskdeck.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors of the execution log, the dead letters and the audit trail: the id of the
 * last row of a page (tasks: TaskListing).
 */
final class Cursors {
  private Cursors() {}

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
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
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
