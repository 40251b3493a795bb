package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.ui.common.Formats;
import java.time.Duration;

/** A schedule in human words: "every 5 min", "once at Mar 3, 12:00", "cron 0 0 2 * * ? (UTC) — at 02:00 every day". */
public final class ScheduleText {
  private final Formats formats;

  public ScheduleText(Formats formats) {
    this.formats = formats;
  }

  public String describe(Schedule schedule) {
    if (schedule instanceof Schedule.Once once) {
      return once.at() == null ? "once, right away" : "once at " + formats.shortDateTime(once.at());
    }
    if (schedule instanceof Schedule.Interval interval) {
      String text = "every " + every(interval.every());
      return interval.repeat() == null ? text : text + ", " + interval.repeat() + " times";
    }
    Schedule.Cron cron = (Schedule.Cron) schedule;
    String raw = "cron " + cron.expression() + " (" + cron.zone().getId() + ")";
    return CronText.describe(cron.expression()).map(d -> raw + " — " + d).orElse(raw);
  }

  /** "5 min", "1 h", "30 s", "2 days", "1 h 30 min". */
  public static String every(Duration d) {
    if (d == null) {
      return "?";
    }
    long s = d.toSeconds();
    if (s > 0 && s % 86_400 == 0) {
      long days = s / 86_400;
      return days == 1 ? "day" : days + " days";
    }
    if (s >= 3600) {
      long h = s / 3600;
      long m = (s % 3600) / 60;
      return m == 0 ? h + " h" : h + " h " + m + " min";
    }
    if (s >= 60 && s % 60 == 0) {
      return (s / 60) + " min";
    }
    return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
  }
}
