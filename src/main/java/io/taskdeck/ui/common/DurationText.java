package io.taskdeck.ui.common;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations people type: "30s", "5 min", "1h", "2d", "250ms" or ISO-8601 "PT5M". */
public final class DurationText {
  private static final Pattern SIMPLE =
      Pattern.compile("(\\d+)\\s*(ms|s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)");

  private DurationText() {}

  public static Optional<Duration> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      try {
        return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    Matcher m = SIMPLE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s", "sec", "secs" -> Duration.ofSeconds(n);
          case "m", "min", "mins" -> Duration.ofMinutes(n);
          case "h", "hr", "hrs" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }

  /** The short form of {@code d} that {@link #parse} reads back: "5s", "10m", "1h", "PT1M30S". */
  public static String format(Duration d) {
    long s = d.toSeconds();
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    if (s % 86_400 == 0 && s > 0) {
      return (s / 86_400) + "d";
    }
    if (s % 3600 == 0 && s > 0) {
      return (s / 3600) + "h";
    }
    if (s % 60 == 0 && s > 0) {
      return (s / 60) + "m";
    }
    return s < 60 ? s + "s" : d.toString();
  }
}
