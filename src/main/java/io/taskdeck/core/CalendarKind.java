package io.taskdeck.core;

import java.util.Locale;

/** What an exclusion calendar excludes. The wire name is the lower-case constant name. */
public enum CalendarKind {
  /** Whole days (dates) in a zone. */
  HOLIDAY,
  /** Weekdays in a zone. */
  WEEKLY,
  /** A daily time range in a zone (it may span midnight). */
  DAILY,
  /** The times a cron expression matches, in a zone. */
  CRON;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CalendarKind fromWire(String value) {
    for (CalendarKind k : values()) {
      if (k.wireName().equalsIgnoreCase(value)) {
        return k;
      }
    }
    throw new ValidationException(
        "kind", "unknown calendar kind '" + value + "' (expected holiday, weekly, daily or cron)");
  }
}
