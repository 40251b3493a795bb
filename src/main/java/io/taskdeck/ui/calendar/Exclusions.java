package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.calendar.DayCell.Exclusion;
import java.time.LocalDate;

/** Which days a calendar excludes, for shading the grid. */
final class Exclusions {
  private Exclusions() {}

  /**
   * Holiday dates and excluded weekdays are whole days; a daily range is part of every day. A cron
   * exclusion is not shaded (its times are applied to each task's preview instead).
   */
  static Exclusion of(CalendarSpec calendar, LocalDate day) {
    if (calendar == null) {
      return Exclusion.NONE;
    }
    return switch (calendar.kind()) {
      case HOLIDAY -> calendar.dates().contains(day) ? Exclusion.WHOLE : Exclusion.NONE;
      case WEEKLY -> calendar.excludedDays().contains(day.getDayOfWeek()) ? Exclusion.WHOLE : Exclusion.NONE;
      case DAILY -> Exclusion.PART;
      case CRON -> Exclusion.NONE;
    };
  }

  /** A sentence about what the shading shows for {@code calendar}. */
  static String describe(CalendarSpec calendar) {
    if (calendar == null) {
      return "";
    }
    return switch (calendar.kind()) {
      case HOLIDAY -> calendar.dates().size() + " holiday date(s) shaded (" + calendar.zone().getId() + ")";
      case WEEKLY -> "Excluded weekdays shaded: " + calendar.excludedDays().stream().sorted()
          .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT))
          .collect(java.util.stream.Collectors.joining(", "));
      case DAILY -> "Every day is partly excluded, " + calendar.from() + "–" + calendar.to() + " " + calendar.zone().getId();
      case CRON -> "Cron exclusion '" + calendar.expression() + "': not shaded; previews of tasks using it skip its times";
    };
  }
}
