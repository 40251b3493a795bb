package io.taskdeck.engine;

import io.taskdeck.core.CalendarSpec;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.Calendar;
import org.quartz.impl.calendar.CronCalendar;
import org.quartz.impl.calendar.DailyCalendar;
import org.quartz.impl.calendar.HolidayCalendar;
import org.quartz.impl.calendar.WeeklyCalendar;

/** Builds the Quartz calendar for a {@link CalendarSpec}. */
final class QuartzCalendars {
  private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private QuartzCalendars() {}

  static Calendar of(CalendarSpec spec) {
    TimeZone tz = TimeZone.getTimeZone(spec.zone());
    Calendar cal =
        switch (spec.kind()) {
          case HOLIDAY -> holidays(spec, tz);
          case WEEKLY -> weekly(spec, tz);
          case DAILY -> daily(spec.from(), spec.to(), tz);
          case CRON -> cron(spec, tz);
        };
    cal.setDescription(spec.description());
    return cal;
  }

  private static Calendar holidays(CalendarSpec spec, TimeZone tz) {
    HolidayCalendar cal = new HolidayCalendar();
    cal.setTimeZone(tz);
    spec.dates()
        .forEach(d -> cal.addExcludedDate(Date.from(d.atStartOfDay(spec.zone()).toInstant())));
    return cal;
  }

  private static Calendar weekly(CalendarSpec spec, TimeZone tz) {
    WeeklyCalendar cal = new WeeklyCalendar();
    cal.setTimeZone(tz);
    for (DayOfWeek d : DayOfWeek.values()) {
      cal.setDayExcluded(javaDay(d), spec.excludedDays().contains(d));
    }
    return cal;
  }

  /** java.util.Calendar numbers days from SUNDAY = 1. */
  private static int javaDay(DayOfWeek d) {
    return d.getValue() % 7 + 1;
  }

  /** Excludes [from, to); a range over midnight becomes "include only [to, from)". */
  private static Calendar daily(LocalTime from, LocalTime to, TimeZone tz) {
    DailyCalendar cal;
    if (from.isBefore(to)) {
      cal = new DailyCalendar(from.format(HMS), endOf(to));
    } else {
      cal = new DailyCalendar(to.format(HMS), endOf(from));
      cal.setInvertTimeRange(true);
    }
    cal.setTimeZone(tz);
    return cal;
  }

  private static String endOf(LocalTime t) {
    return t.minusSeconds(1).format(HMS) + ":999";
  }

  private static Calendar cron(CalendarSpec spec, TimeZone tz) {
    try {
      CronCalendar cal = new CronCalendar(spec.expression());
      cal.setTimeZone(tz);
      return cal;
    } catch (ParseException e) {
      throw new IllegalArgumentException("invalid cron expression: " + e.getMessage(), e);
    }
  }
}
