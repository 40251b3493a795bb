package io.taskdeck.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person can do to a task, and in which statuses the engine refuses it (409) or does
 * nothing: the table "What a person can do, by status" of docs/engine.md, in one place for the GUI,
 * the API and the test doubles.
 */
public enum TaskAction {
  EDIT(EnumSet.of(TaskStatus.CANCELLED), EnumSet.noneOf(TaskStatus.class)),
  PAUSE(
      EnumSet.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED),
      EnumSet.of(TaskStatus.PAUSED)),
  RESUME(
      EnumSet.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED),
      EnumSet.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING)),
  CANCEL(
      EnumSet.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED),
      EnumSet.noneOf(TaskStatus.class)),
  RUN_NOW(
      EnumSet.of(TaskStatus.RUNNING, TaskStatus.PAUSED, TaskStatus.CANCELLED),
      EnumSet.noneOf(TaskStatus.class)),
  REQUEUE(
      EnumSet.of(TaskStatus.RUNNING, TaskStatus.RETRYING, TaskStatus.PAUSED, TaskStatus.CANCELLED),
      EnumSet.noneOf(TaskStatus.class)),
  STOP(EnumSet.complementOf(EnumSet.of(TaskStatus.RUNNING)), EnumSet.noneOf(TaskStatus.class));

  private final Set<TaskStatus> refused;
  private final Set<TaskStatus> noOp;

  TaskAction(Set<TaskStatus> refused, Set<TaskStatus> noOp) {
    this.refused = refused;
    this.noOp = noOp;
  }

  /** True when the engine answers this action on a task in {@code status} with 409. */
  public boolean refusedIn(TaskStatus status) {
    return refused.contains(status);
  }

  /** True when the action on a task in {@code status} returns it unchanged. */
  public boolean noOpIn(TaskStatus status) {
    return noOp.contains(status);
  }

  /** True when the action changes a task in {@code status}: neither refused nor a no-op. */
  public boolean appliesTo(TaskStatus status) {
    return !refusedIn(status) && !noOpIn(status);
  }
}
