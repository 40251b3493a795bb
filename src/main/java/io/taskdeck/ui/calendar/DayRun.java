package io.taskdeck.ui.calendar;

import io.taskdeck.core.ExecutionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One run on a day of the calendar: upcoming (status null) or one that happened.
 */
public record DayRun(UUID taskId, String taskName, Instant at, ExecutionStatus status) {
  public boolean upcoming() {
    return status == null;
  }
}
