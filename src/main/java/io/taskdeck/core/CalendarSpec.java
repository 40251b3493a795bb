package io.taskdeck.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A named exclusion calendar: times it excludes are skipped by the tasks that use it. Only the
 * fields of its kind matter: {@code dates} (holiday), {@code excludedDays} (weekly), {@code from}
 * and {@code to} (daily, may span midnight), {@code expression} (cron). {@code zone} applies to
 * all.
 */
public record CalendarSpec(
    String name,
    String description,
    CalendarKind kind,
    List<LocalDate> dates,
    Set<DayOfWeek> excludedDays,
    LocalTime from,
    LocalTime to,
    String expression,
    ZoneId zone) {

  public CalendarSpec {
    dates = dates == null ? List.of() : List.copyOf(dates);
    excludedDays = excludedDays == null ? Set.of() : Set.copyOf(excludedDays);
    zone = zone == null ? ZoneId.of("UTC") : zone;
  }

  public static CalendarSpec holidays(String name, ZoneId zone, List<LocalDate> dates) {
    return new CalendarSpec(name, null, CalendarKind.HOLIDAY, dates, null, null, null, null, zone);
  }

  public static CalendarSpec weekly(String name, ZoneId zone, Set<DayOfWeek> days) {
    return new CalendarSpec(name, null, CalendarKind.WEEKLY, null, days, null, null, null, zone);
  }

  public static CalendarSpec daily(String name, ZoneId zone, LocalTime from, LocalTime to) {
    return new CalendarSpec(name, null, CalendarKind.DAILY, null, null, from, to, null, zone);
  }

  public static CalendarSpec cron(String name, ZoneId zone, String expression) {
    return new CalendarSpec(
        name, null, CalendarKind.CRON, null, null, null, null, expression, zone);
  }

  public CalendarSpec withDescription(String text) {
    return new CalendarSpec(name, text, kind, dates, excludedDays, from, to, expression, zone);
  }
}
