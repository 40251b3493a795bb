package io.taskdeck.model;

import static io.taskdeck.core.TaskStatus.CANCELLED;
import static io.taskdeck.core.TaskStatus.COMPLETED;
import static io.taskdeck.core.TaskStatus.FAILED;
import static io.taskdeck.core.TaskStatus.PAUSED;
import static io.taskdeck.core.TaskStatus.RETRYING;
import static io.taskdeck.core.TaskStatus.RUNNING;
import static io.taskdeck.core.TaskStatus.SCHEDULED;

import io.taskdeck.core.TaskStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The legal statuses of docs/engine.md, "What a person can do, by status": which statuses a task
 * may reach on its own (attempts starting and settling), and in which statuses each action is
 * accepted rather than refused (409).
 */
final class Statuses {
  static final Set<TaskStatus> EDITABLE = EnumSet.complementOf(EnumSet.of(CANCELLED));
  static final Set<TaskStatus> PAUSABLE = EnumSet.of(SCHEDULED, RUNNING, RETRYING, PAUSED);
  static final Set<TaskStatus> RESUMABLE = PAUSABLE;
  static final Set<TaskStatus> CANCELLABLE = PAUSABLE;
  static final Set<TaskStatus> RUNNABLE_NOW = EnumSet.of(SCHEDULED, RETRYING, COMPLETED, FAILED);
  static final Set<TaskStatus> REQUEUEABLE = EnumSet.of(SCHEDULED, COMPLETED, FAILED);

  private Statuses() {}

  /**
   * The statuses {@code t} may show, starting from {@code from}, with no action on it in between:
   * CANCELLED, PAUSED, COMPLETED and FAILED stay as they are; otherwise attempts start (RUNNING)
   * and settle: SCHEDULED, RETRYING when it may retry, COMPLETED when its schedule ends (one-shot,
   * or an interval with a repeat count), FAILED for a one-shot only, PAUSED when a pause waited for
   * the running attempt.
   */
  static Set<TaskStatus> reachable(ModelTask t, TaskStatus from) {
    if (from == CANCELLED || from == PAUSED || from == COMPLETED || from == FAILED) {
      return EnumSet.of(from);
    }
    Set<TaskStatus> out = EnumSet.of(SCHEDULED, RUNNING);
    if (t.mayRetry) {
      out.add(RETRYING);
    }
    if (t.finite()) {
      out.add(COMPLETED);
    }
    if (!t.recurring()) {
      out.add(FAILED);
    }
    if (t.pauseAfterAttempt) {
      out.add(PAUSED);
    }
    return out;
  }

  /** True when some status of {@code possible} is in {@code accepted}. */
  static boolean anyIn(Set<TaskStatus> possible, Set<TaskStatus> accepted) {
    return possible.stream().anyMatch(accepted::contains);
  }

  /** True when some status of {@code possible} is not in {@code accepted}. */
  static boolean anyOutside(Set<TaskStatus> possible, Set<TaskStatus> accepted) {
    return possible.stream().anyMatch(s -> !accepted.contains(s));
  }
}
