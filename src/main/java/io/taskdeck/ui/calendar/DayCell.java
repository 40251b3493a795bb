package io.taskdeck.ui.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of the month grid. The figures count every run of the day, from the database's aggregates;
 * {@code runs} is what is listed of them.
 *
 * @param runs the day's runs in time order (upcoming and past), at most {@link
 *     RunLoader#RUNS_PER_DAY}
 * @param total all runs of the day, also those beyond the list
 * @param exclusion how much of the day the selected calendar excludes
 */
public record DayCell(
    LocalDate date,
    List<DayRun> runs,
    long total,
    long succeeded,
    long failed,
    long missed,
    Exclusion exclusion) {

  /** How much of a day an exclusion calendar covers. */
  public enum Exclusion {
    NONE,
    PART,
    WHOLE
  }

  public DayCell withExclusion(Exclusion e) {
    return new DayCell(date, runs, total, succeeded, failed, missed, e);
  }
}
