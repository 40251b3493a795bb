package io.taskdeck.ui.common;

import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import java.time.Duration;
import java.util.Locale;

/**
 * The words people read for the engine's codes: every enum and duration the GUI shows goes through
 * here.
 */
public final class Labels {
  private Labels() {}

  /** "Scheduled", "Retrying", … */
  public static String of(TaskStatus status) {
    return sentence(status.name());
  }

  /**
   * "Succeeded", "Timed out", "Interrupted", … (any status added later reads as its name in words).
   */
  public static String of(ExecutionStatus status) {
    return status == ExecutionStatus.SUCCESS ? "Succeeded" : sentence(status.name());
  }

  public static String of(TaskType type) {
    return switch (type) {
      case SHELL -> "Shell command";
      case HTTP -> "HTTP request";
      case NOOP -> "Marker (does nothing)";
    };
  }

  /** The type in one word, for narrow table columns. */
  public static String shortOf(TaskType type) {
    return switch (type) {
      case SHELL -> "Shell";
      case HTTP -> "HTTP";
      case NOOP -> "Marker";
    };
  }

  /** What a misfire policy does, in a few words. */
  public static String of(MisfirePolicy policy) {
    return switch (policy) {
      case FIRE_NOW -> "Run late runs at once";
      case SKIP -> "Skip missed runs";
      case FIRE_ONCE -> "One run for all missed";
    };
  }

  public static String of(CalendarKind kind) {
    return switch (kind) {
      case HOLIDAY -> "Holidays (whole days)";
      case WEEKLY -> "Days of the week";
      case DAILY -> "Hours of every day";
      case CRON -> "Cron expression";
    };
  }

  /** "5 s", "1 h", "1 h 30 min", "2 days", "250 ms": a configured length of time. */
  public static String duration(Duration d) {
    if (d == null) {
      return "—";
    }
    if (d.toNanos() % 1_000_000_000L != 0) {
      return d.toMillis() + " ms";
    }
    long s = d.toSeconds();
    if (s > 0 && s % 86_400 == 0) {
      long days = s / 86_400;
      return days == 1 ? "1 day" : days + " days";
    }
    StringBuilder b = new StringBuilder();
    append(b, s / 3600, "h");
    append(b, s % 3600 / 60, "min");
    append(b, s % 60, "s");
    return b.length() == 0 ? "0 s" : b.toString();
  }

  private static void append(StringBuilder b, long n, String unit) {
    if (n > 0) {
      b.append(b.length() == 0 ? "" : " ").append(n).append(' ').append(unit);
    }
  }

  /** "TIMED_OUT" becomes "Timed out". */
  public static String sentence(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
