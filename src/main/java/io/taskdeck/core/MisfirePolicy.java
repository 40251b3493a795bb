package io.taskdeck.core;

import java.util.Locale;

/** What happens to a run that could not start on time. */
public enum MisfirePolicy {
  /** Run as soon as possible (for recurring tasks: catch up now, then continue the schedule). */
  FIRE_NOW,
  /** Skip missed runs and wait for the next regular one. */
  SKIP,
  /** Recurring tasks: one catch-up run for all missed occurrences, then the regular schedule. */
  FIRE_ONCE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MisfirePolicy fromWire(String value) {
    for (MisfirePolicy p : values()) {
      if (p.wireName().equalsIgnoreCase(value)) {
        return p;
      }
    }
    throw new ValidationException(
        "misfire", "unknown misfire policy '" + value + "' (expected fire_now, skip or fire_once)");
  }
}
