package io.taskdeck.core;

import static io.taskdeck.core.TaskActions.Action.CANCEL;
import static io.taskdeck.core.TaskActions.Action.EDIT;
import static io.taskdeck.core.TaskActions.Action.PAUSE;
import static io.taskdeck.core.TaskActions.Action.REQUEUE;
import static io.taskdeck.core.TaskActions.Action.RESUME;
import static io.taskdeck.core.TaskActions.Action.RUN_NOW;
import static io.taskdeck.core.TaskActions.Effect.APPLY;
import static io.taskdeck.core.TaskActions.Effect.NO_OP;
import static io.taskdeck.core.TaskActions.Effect.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.TaskActions.Action;
import io.taskdeck.core.TaskActions.Effect;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "what a person can do, by status" table of docs/engine.md, cell by cell. */
class TaskActionsTest {
  /** Columns: SCHEDULED, RUNNING, RETRYING, PAUSED, COMPLETED, FAILED, CANCELLED. */
  static final List<TaskStatus> COLUMNS =
      List.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING, TaskStatus.PAUSED,
          TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED);

  private static void row(Action action, Effect... cells) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      assertThat(TaskActions.effect(action, COLUMNS.get(i))).as(action + " on " + COLUMNS.get(i)).isEqualTo(cells[i]);
    }
  }

  @Test
  void everyCellOfTheTable() {
    row(EDIT, APPLY, APPLY, APPLY, APPLY, APPLY, APPLY, REFUSED);
    row(PAUSE, APPLY, APPLY, APPLY, NO_OP, REFUSED, REFUSED, REFUSED);
    row(RESUME, NO_OP, NO_OP, NO_OP, APPLY, REFUSED, REFUSED, REFUSED);
    row(CANCEL, APPLY, APPLY, APPLY, APPLY, REFUSED, REFUSED, REFUSED);
    row(RUN_NOW, APPLY, REFUSED, APPLY, REFUSED, APPLY, APPLY, REFUSED);
    row(REQUEUE, APPLY, REFUSED, REFUSED, REFUSED, APPLY, APPLY, REFUSED);
  }

  @Test
  void aRefusalNamesTheTaskAndItsStatus() {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(() -> TaskActions.check(CANCEL, id, TaskStatus.COMPLETED))
        .isInstanceOf(IllegalStateChangeException.class)
        .hasMessage("task " + id + " is COMPLETED and cannot be cancelled");
    assertThatThrownBy(() -> TaskActions.check(RUN_NOW, id, TaskStatus.PAUSED)).hasMessageContaining("resume it first");
    assertThat(TaskActions.check(PAUSE, id, TaskStatus.PAUSED)).isFalse();
    assertThat(TaskActions.check(PAUSE, id, TaskStatus.RUNNING)).isTrue();
  }
}
