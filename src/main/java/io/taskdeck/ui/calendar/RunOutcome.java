package io.taskdeck.ui.calendar;

import io.taskdeck.core.ExecutionStatus;
import java.util.List;

/**
 * How a run on the calendar is coloured: upcoming, succeeded (green), failed (red), missed (grey),
 * retried.
 */
public enum RunOutcome {
  UPCOMING("run-upcoming"),
  SUCCEEDED("run-ok"),
  FAILED("run-failed"),
  MISSED("run-missed"),
  RETRIED("run-retried");

  private final String styleClass;

  RunOutcome(String styleClass) {
    this.styleClass = styleClass;
  }

  public String styleClass() {
    return styleClass;
  }

  public static RunOutcome of(ExecutionStatus status) {
    if (status == null) {
      return UPCOMING;
    }
    return switch (status) {
      case SUCCESS -> SUCCEEDED;
      case MISSED -> MISSED;
      case RETRIED -> RETRIED;
      case RUNNING -> UPCOMING;
      case FAILED, TIMED_OUT, INTERRUPTED, STOPPED -> FAILED;
    };
  }

  /** How many runs of {@code runs} had this outcome (an entry may stand for several). */
  public long count(List<DayRun> runs) {
    return runs.stream().filter(r -> r.outcome() == this).mapToLong(DayRun::count).sum();
  }
}
