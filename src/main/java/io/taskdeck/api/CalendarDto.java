package io.taskdeck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taskdeck.core.CalendarSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An exclusion calendar in its v1 shape; only the fields of its kind appear. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CalendarDto(
    String name,
    String description,
    String kind,
    List<LocalDate> dates,
    List<DayOfWeek> excludedDays,
    LocalTime from,
    LocalTime to,
    String expression,
    String zone) {

  static CalendarDto of(CalendarSpec c) {
    return switch (c.kind()) {
      case HOLIDAY -> new CalendarDto(c.name(), c.description(), c.kind().wireName(), c.dates(), null, null, null, null, zone(c));
      case WEEKLY -> new CalendarDto(c.name(), c.description(), c.kind().wireName(), null,
          c.excludedDays().stream().sorted().toList(), null, null, null, zone(c));
      case DAILY -> new CalendarDto(c.name(), c.description(), c.kind().wireName(), null, null, c.from(), c.to(), null, zone(c));
      case CRON -> new CalendarDto(c.name(), c.description(), c.kind().wireName(), null, null, null, null, c.expression(), zone(c));
    };
  }

  private static String zone(CalendarSpec c) {
    return c.zone().getId();
  }
}
