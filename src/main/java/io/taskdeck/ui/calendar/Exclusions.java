package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.calendar.DayCell.Exclusion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which days and hours a calendar excludes, for shading the month grid and the week and day views.
 */
final class Exclusions {
  private Exclusions() {}

  /** A span of excluded time. */
  private record Span(Instant from, Instant to) {
    long overlapMillis(Instant start, Instant end) {
      Instant a = from.isAfter(start) ? from : start;
      Instant b = to.isBefore(end) ? to : end;
      return b.isAfter(a) ? Duration.between(a, b).toMillis() : 0;
    }
  }

  /** How much of {@code day} (on the clock of {@code zone}) the calendar excludes. */
  static Exclusion of(CalendarSpec calendar, LocalDate day, ZoneId zone) {
    return of(
        calendar,
        day.atStartOfDay(zone).toInstant(),
        day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /**
   * How much of {@code [start, end)} the calendar excludes, on the calendar's own clock: holiday
   * dates and excluded weekdays are whole days in its zone, a daily range (which may span midnight)
   * is part of every day. A cron exclusion is not shaded (its times are applied to each task's
   * preview).
   */
  static Exclusion of(CalendarSpec calendar, Instant start, Instant end) {
    if (calendar == null || !end.isAfter(start)) {
      return Exclusion.NONE;
    }
    ZoneId zone = calendar.zone();
    long covered = 0;
    LocalDate last = end.atZone(zone).toLocalDate();
    for (LocalDate d = start.atZone(zone).toLocalDate().minusDays(1);
        !d.isAfter(last);
        d = d.plusDays(1)) {
      Span s = excluded(calendar, d);
      covered += s == null ? 0 : s.overlapMillis(start, end);
    }
    if (covered == 0) {
      return Exclusion.NONE;
    }
    return covered >= Duration.between(start, end).toMillis() ? Exclusion.WHOLE : Exclusion.PART;
  }

  /** What the calendar excludes starting on its date {@code d}, or null. */
  private static Span excluded(CalendarSpec c, LocalDate d) {
    ZoneId z = c.zone();
    Span wholeDay =
        new Span(d.atStartOfDay(z).toInstant(), d.plusDays(1).atStartOfDay(z).toInstant());
    return switch (c.kind()) {
      case HOLIDAY -> c.dates().contains(d) ? wholeDay : null;
      case WEEKLY -> c.excludedDays().contains(d.getDayOfWeek()) ? wholeDay : null;
      case DAILY ->
          c.from() == null || c.to() == null || c.from().equals(c.to())
              ? null
              : new Span(
                  ZonedDateTime.of(d, c.from(), z).toInstant(),
                  ZonedDateTime.of(c.from().isBefore(c.to()) ? d : d.plusDays(1), c.to(), z)
                      .toInstant());
      case CRON -> null;
    };
  }

  /** A sentence about what the shading shows for {@code calendar}. */
  static String describe(CalendarSpec calendar) {
    if (calendar == null) {
      return "";
    }
    return switch (calendar.kind()) {
      case HOLIDAY ->
          calendar.dates().size() + " holiday date(s) shaded (" + calendar.zone().getId() + ")";
      case WEEKLY ->
          "Excluded weekdays shaded: "
              + calendar.excludedDays().stream()
                  .sorted()
                  .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ROOT))
                  .collect(Collectors.joining(", "));
      case DAILY ->
          "Every day is partly excluded, "
              + calendar.from()
              + "–"
              + calendar.to()
              + " "
              + calendar.zone().getId()
              + "; the week and day views shade those hours";
      case CRON ->
          "Cron exclusion '"
              + calendar.expression()
              + "': not shaded; previews of tasks using it skip its times";
    };
  }
}
