package io.taskdeck.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants and durations for people, in one zone chosen by the composition root. */
public final class Formats {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, HH:mm");

  private final ZoneId zone;

  public Formats(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** "2026-03-03 12:00:00", or an em dash for null. */
  public String dateTime(Instant instant) {
    return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone));
  }

  /** "Mar 3, 12:00", or an em dash for null. */
  public String shortDateTime(Instant instant) {
    return instant == null ? "—" : SHORT.format(instant.atZone(zone));
  }

  /** "120 ms", "4.2 s", "3 min 4 s", "2 h 5 min"; an em dash for null. */
  public static String duration(Duration d) {
    if (d == null) {
      return "—";
    }
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format("%.1f s", ms / 1000.0);
    }
    long s = d.toSeconds();
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + ((s % 3600) / 60) + " min";
  }
}
