package io.taskdeck.core;

import java.util.UUID;

/**
 * What a person can do with a task in each status: the "by status" table of docs/engine.md as one
 * pure function, used by the engine and by every test double.
 */
public final class TaskActions {
  private TaskActions() {}

  /** The actions of the table. */
  public enum Action {
    EDIT("changed"),
    PAUSE("paused"),
    RESUME("resumed"),
    CANCEL("cancelled"),
    RUN_NOW("run now"),
    REQUEUE("requeued");

    private final String verb;

    Action(String verb) {
      this.verb = verb;
    }
  }

  /** What an action does to a task in a given status. */
  public enum Effect {
    /** The action applies. */
    APPLY,
    /** The task already is where the action would take it: nothing changes. */
    NO_OP,
    /** The action is refused (409). */
    REFUSED
  }

  public static Effect effect(Action action, TaskStatus status) {
    return switch (action) {
      case EDIT -> status == TaskStatus.CANCELLED ? Effect.REFUSED : Effect.APPLY;
      case PAUSE -> status == TaskStatus.PAUSED ? Effect.NO_OP : status.terminal() ? Effect.REFUSED : Effect.APPLY;
      case RESUME -> status == TaskStatus.PAUSED ? Effect.APPLY : status.terminal() ? Effect.REFUSED : Effect.NO_OP;
      case CANCEL -> status.terminal() ? Effect.REFUSED : Effect.APPLY;
      case RUN_NOW -> switch (status) {
        case RUNNING, PAUSED, CANCELLED -> Effect.REFUSED;
        default -> Effect.APPLY;
      };
      case REQUEUE -> switch (status) {
        case SCHEDULED, COMPLETED, FAILED -> Effect.APPLY;
        default -> Effect.REFUSED;
      };
    };
  }

  /**
   * True when {@code action} changes the task, false for a no-op.
   *
   * @throws IllegalStateChangeException when the status refuses it, naming the task and the status
   */
  public static boolean check(Action action, UUID taskId, TaskStatus status) {
    Effect e = effect(action, status);
    if (e == Effect.REFUSED) {
      throw new IllegalStateChangeException(
          "task " + taskId + " is " + status + " and cannot be " + action.verb + hint(action, status));
    }
    return e == Effect.APPLY;
  }

  private static String hint(Action action, TaskStatus status) {
    if (action == Action.RUN_NOW && status == TaskStatus.PAUSED) {
      return " (resume it first)";
    }
    if (status == TaskStatus.RUNNING) {
      return " while it runs";
    }
    return "";
  }
}
