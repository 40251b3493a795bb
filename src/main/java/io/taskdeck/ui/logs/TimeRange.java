package io.taskdeck.ui.logs;

import java.time.Duration;
import java.time.Instant;

/** The time windows the log can be filtered to. */
public enum TimeRange {
  LAST_HOUR("Last hour", Duration.ofHours(1)),
  LAST_DAY("Last 24 hours", Duration.ofDays(1)),
  LAST_WEEK("Last 7 days", Duration.ofDays(7)),
  ALL("All time", null);

  private final String label;
  private final Duration span;

  TimeRange(String label, Duration span) {
    this.label = label;
    this.span = span;
  }

  /** The inclusive lower bound for {@code now}, or null for all time. */
  public Instant from(Instant now) {
    return span == null ? null : now.minus(span);
  }

  @Override
  public String toString() {
    return label;
  }
}
