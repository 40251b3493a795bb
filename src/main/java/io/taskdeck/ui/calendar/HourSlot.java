package io.taskdeck.ui.calendar;

import io.taskdeck.ui.calendar.DayCell.Exclusion;
import java.time.LocalDate;
import java.util.List;

/**
 * One hour of a day in the week and day views: its listed runs in time order, the number of all its
 * runs, and how much of it the selected exclusion calendar covers.
 */
public record HourSlot(
    LocalDate date, DayHours.Hour hour, List<DayRun> runs, long total, Exclusion exclusion) {
  public HourSlot {
    runs = List.copyOf(runs);
  }

  public HourSlot withExclusion(Exclusion e) {
    return new HourSlot(date, hour, runs, total, e);
  }

  /** The wall-clock hour (0-23); a repeated hour has two slots with the same value. */
  public int clockHour() {
    return hour.local().getHour();
  }
}
