package io.taskdeck.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The days the calendar shows: the month, the week (Monday first, like the month grid) or the day
 * of {@code anchor}. Pure date arithmetic; hours and zones are {@link DayHours}' part.
 */
public record CalendarRange(Mode mode, LocalDate anchor) {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

  /** What one step of the navigation moves by. */
  public enum Mode {
    MONTH("Month"),
    WEEK("Week"),
    DAY("Day");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public CalendarRange {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(anchor, "anchor");
  }

  /** The first day shown. */
  public LocalDate first() {
    return switch (mode) {
      case MONTH -> anchor.withDayOfMonth(1);
      case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case DAY -> anchor;
    };
  }

  /** The day after the last day shown. */
  public LocalDate end() {
    return switch (mode) {
      case MONTH -> first().plusMonths(1);
      case WEEK -> first().plusWeeks(1);
      case DAY -> anchor.plusDays(1);
    };
  }

  public List<LocalDate> days() {
    return first().datesUntil(end()).toList();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first()) && day.isBefore(end());
  }

  /**
   * The same view one month, week or day later; the anchor keeps its place (a month end is
   * clamped).
   */
  public CalendarRange next() {
    return new CalendarRange(mode, step(1));
  }

  public CalendarRange previous() {
    return new CalendarRange(mode, step(-1));
  }

  private LocalDate step(int n) {
    return switch (mode) {
      case MONTH -> anchor.plusMonths(n);
      case WEEK -> anchor.plusWeeks(n);
      case DAY -> anchor.plusDays(n);
    };
  }

  /** Whether {@code other} shows the same days (then nothing needs loading). */
  public boolean sameDays(CalendarRange other) {
    return other != null && first().equals(other.first()) && end().equals(other.end());
  }

  /**
   * "March 2026", "Mar 30 – Apr 5, 2026", "Dec 28, 2026 – Jan 3, 2027", "Monday, March 2, 2026".
   */
  public String title() {
    return switch (mode) {
      case MONTH -> MONTH.format(anchor);
      case DAY -> DAY.format(anchor);
      case WEEK -> weekTitle(first(), end().minusDays(1));
    };
  }

  private static String weekTitle(LocalDate from, LocalDate to) {
    if (from.getYear() != to.getYear()) {
      return FULL.format(from) + " – " + FULL.format(to);
    }
    String end =
        from.getMonth() == to.getMonth()
            ? String.valueOf(to.getDayOfMonth())
            : MONTH_DAY.format(to);
    return MONTH_DAY.format(from) + " – " + end + ", " + to.getYear();
  }

  /** "month", "week" or "day", for messages. */
  public String noun() {
    return mode.name().toLowerCase(Locale.ENGLISH);
  }

  /** "in this month", "in this week", "on this day", for messages. */
  public String within() {
    return (mode == Mode.DAY ? "on this " : "in this ") + noun();
  }
}
