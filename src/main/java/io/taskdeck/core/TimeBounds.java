package io.taskdeck.core;

import java.time.Instant;

/** The instants the product accepts: from 1970-01-01 to 9999-12-31 (UTC), both included. */
public final class TimeBounds {
  public static final Instant MIN = Instant.parse("1970-01-01T00:00:00Z");
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  private TimeBounds() {}

  /**
   * Returns {@code t} when it is null or within the bounds.
   *
   * @throws ValidationException naming {@code field} otherwise
   */
  public static Instant check(String field, Instant t) {
    if (t != null && (t.isBefore(MIN) || t.isAfter(MAX))) {
      throw new ValidationException(field, field + " must be between 1970-01-01 and 9999-12-31, was " + t);
    }
    return t;
  }
}
