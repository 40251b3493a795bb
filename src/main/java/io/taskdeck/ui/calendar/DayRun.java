package io.taskdeck.ui.calendar;

import io.taskdeck.core.ExecutionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One run on a day of the calendar: upcoming (status null) or one that happened.
 *
 * @param taskDeleted the run is in the log but its task no longer exists (it cannot be opened)
 */
public record DayRun(UUID taskId, String taskName, Instant at, ExecutionStatus status, boolean taskDeleted) {
  public DayRun(UUID taskId, String taskName, Instant at, ExecutionStatus status) {
    this(taskId, taskName, at, status, false);
  }

  public boolean upcoming() {
    return status == null;
  }

  public RunOutcome outcome() {
    return RunOutcome.of(status);
  }
}
