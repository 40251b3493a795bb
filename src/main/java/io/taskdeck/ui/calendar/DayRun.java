package io.taskdeck.ui.calendar;

import io.taskdeck.core.ExecutionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One run on a day of the calendar: upcoming (status null) or one that happened. An upcoming entry
 * can stand for several runs at the same time: the tasks that share one schedule ({@code count} of
 * them, {@code taskId} one of them), or one-time tasks counted together.
 *
 * @param taskDeleted the run is in the log but its task no longer exists (it cannot be opened)
 */
public record DayRun(
    UUID taskId,
    String taskName,
    Instant at,
    ExecutionStatus status,
    boolean taskDeleted,
    long count) {
  public DayRun(
      UUID taskId, String taskName, Instant at, ExecutionStatus status, boolean taskDeleted) {
    this(taskId, taskName, at, status, taskDeleted, 1);
  }

  public DayRun(UUID taskId, String taskName, Instant at, ExecutionStatus status) {
    this(taskId, taskName, at, status, false, 1);
  }

  public boolean upcoming() {
    return status == null;
  }

  /** Whether it names one task that can be opened. */
  public boolean opensTask() {
    return taskId != null && !taskDeleted;
  }

  public RunOutcome outcome() {
    return RunOutcome.of(status);
  }
}
