package io.taskdeck.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The bounds of every value a user gives, the same on H2 and PostgreSQL (docs/api.md, "Limits").
 * Anything outside is a {@link ValidationException} naming the field, never a database error.
 * Lengths are counted in Unicode code points, as a person counts characters (an emoji is one).
 */
public final class Bounds {
  public static final Instant MIN_INSTANT = Instant.parse("1970-01-01T00:00:00Z");
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** Task names, groups, header and variable names. */
  public static final int MAX_NAME = 255;

  /** Calendar names (Quartz keys them in 200-character columns). */
  public static final int MAX_CALENDAR_NAME = 200;

  public static final int MAX_DESCRIPTION = 10_000;
  public static final int MAX_CALENDAR_DESCRIPTION = 1_000;

  /** A shell command and an HTTP body, in UTF-8 bytes. */
  public static final int MAX_COMMAND_BYTES = 64 * 1024;

  public static final int MAX_CRON = 120;
  public static final int MAX_URL = 8_192;

  /** A working directory, a header or variable value. */
  public static final int MAX_VALUE = 8_192;

  /** Headers of an HTTP task, variables of a shell task. */
  public static final int MAX_ENTRIES = 100;

  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  /** The longest duration anywhere (interval, timeout, retry delays): 100 years. */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);

  private Bounds() {}

  /** Refuses a NUL character or a lone surrogate: no database stores either faithfully. */
  public static void text(String field, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        throw new ValidationException(
            field, field + " must not contain a NUL character (at index " + i + ")");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ValidationException(
            field,
            field
                + " must be valid Unicode: a lone surrogate at index "
                + i
                + " is not a character");
      }
    }
  }

  /** {@link #text} plus at most {@code max} code points. */
  public static void text(String field, String value, int max) {
    text(field, value);
    if (value != null && codePoints(value) > max) {
      throw new ValidationException(field, field + " must be at most " + max + " characters");
    }
  }

  /** {@link #text} plus at most {@code maxBytes} bytes in UTF-8. */
  public static void bytes(String field, String value, int maxBytes) {
    text(field, value);
    if (value != null && value.length() > maxBytes / 3 && utf8Length(value) > maxBytes) {
      throw new ValidationException(
          field,
          field + " must be at most " + maxBytes + " bytes in UTF-8 (" + maxBytes / 1024 + " KiB)");
    }
  }

  /** An instant from 1970-01-01 to 9999-12-31 (UTC); null passes. */
  public static void instant(String field, Instant value) {
    if (value != null && (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT))) {
      throw new ValidationException(
          field,
          field + " must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got " + value);
    }
  }

  /** A positive duration of at most {@link #MAX_DURATION}; null passes. */
  public static void duration(String field, Duration value) {
    if (value == null) {
      return;
    }
    if (value.isNegative() || value.isZero()) {
      throw new ValidationException(field, field + " must be a positive duration, got " + value);
    }
    if (value.compareTo(MAX_DURATION) > 0) {
      throw new ValidationException(
          field, field + " must be at most " + MAX_DURATION + " (100 years), got " + value);
    }
  }

  public static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private static long utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
