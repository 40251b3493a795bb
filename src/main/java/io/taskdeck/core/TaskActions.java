package io.taskdeck.core;

import java.util.Locale;
import java.util.UUID;

/**
 * The engine's use of {@link TaskAction}, the table "What a person can do, by status" of
 * docs/engine.md: a refused action is an {@link IllegalStateChangeException} (409) naming the task
 * and its status, a no-op is reported as such.
 */
public final class TaskActions {
  private TaskActions() {}

  /**
   * True when {@code action} changes the task, false for a no-op.
   *
   * @throws IllegalStateChangeException when the status refuses it, naming the task and the status
   */
  public static boolean check(TaskAction action, UUID taskId, TaskStatus status) {
    if (action.refusedIn(status)) {
      throw new IllegalStateChangeException(
          "task "
              + taskId
              + " is "
              + status
              + " and cannot be "
              + verb(action)
              + hint(action, status));
    }
    return !action.noOpIn(status);
  }

  private static String verb(TaskAction action) {
    return switch (action) {
      case EDIT -> "changed";
      case PAUSE -> "paused";
      case RESUME -> "resumed";
      case CANCEL -> "cancelled";
      case RUN_NOW -> "run now";
      case REQUEUE -> "requeued";
      default -> action.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "ped";
    };
  }

  private static String hint(TaskAction action, TaskStatus status) {
    if (action == TaskAction.RUN_NOW && status == TaskStatus.PAUSED) {
      return " (resume it first)";
    }
    if (status == TaskStatus.RUNNING) {
      return " while it runs";
    }
    return "";
  }
}
