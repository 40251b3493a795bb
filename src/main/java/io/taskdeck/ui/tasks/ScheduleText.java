package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Labels;
import java.time.Duration;

/**
 * A schedule in words, for the table and the detail pane: "every 5 min", "once at Mar 3, 12:00",
 * "at 02:00 every day (Europe/Berlin)". A cron expression the words cannot say is shown as itself.
 */
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
    String zone = " (" + cron.zone().getId() + ")";
    return CronWords.describe(cron.expression())
        .map(d -> d + zone)
        .orElse("cron " + cron.expression() + zone);
  }

  /** The cron expression itself, for a tooltip or the detail pane; null for other kinds. */
  public static String expression(Schedule schedule) {
    return schedule instanceof Schedule.Cron c ? c.expression() : null;
  }

  /**
   * "Every 5 min, from Mar 3, 12:00 until Mar 6, 12:00, at most 10 times": an interval with the
   * start, end and repeat count it carries. Without a start, a new task starts when saved.
   */
  static String intervalWords(Schedule.Interval i, Formats formats, boolean isNew) {
    StringBuilder b = new StringBuilder("Every ").append(every(i.every()));
    if (i.startAt() != null) {
      b.append(", from ").append(formats.shortDateTime(i.startAt()));
    } else if (isNew) {
      b.append(", starting when saved");
    }
    if (i.endAt() != null) {
      b.append(", until ").append(formats.shortDateTime(i.endAt()));
    }
    if (i.repeat() != null) {
      b.append(", at most ").append(i.repeat()).append(i.repeat() == 1 ? " time" : " times");
    }
    return b.toString();
  }

  /** "5 min", "1 h", "30 s", "2 days", "1 h 30 min". */
  public static String every(Duration d) {
    if (d == null) {
      return "?";
    }
    String words = Labels.duration(d);
    return words.equals("1 day") ? "day" : words;
  }
}
