package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the engine answers the actions of {@link TaskAction}'s table (the cells: TaskActionTest). */
class TaskActionsTest {

  @Test
  void aRefusalNamesTheTaskAndItsStatusAndANoOpIsReported() {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(() -> TaskActions.check(TaskAction.CANCEL, id, TaskStatus.COMPLETED))
        .isInstanceOf(IllegalStateChangeException.class)
        .hasMessage("task " + id + " is COMPLETED and cannot be cancelled");
    assertThatThrownBy(() -> TaskActions.check(TaskAction.RUN_NOW, id, TaskStatus.PAUSED))
        .hasMessageContaining("resume it first");
    assertThatThrownBy(() -> TaskActions.check(TaskAction.REQUEUE, id, TaskStatus.RUNNING))
        .hasMessageContaining("while it runs");
    assertThat(TaskActions.check(TaskAction.PAUSE, id, TaskStatus.PAUSED)).isFalse();
    assertThat(TaskActions.check(TaskAction.PAUSE, id, TaskStatus.RUNNING)).isTrue();
    assertThat(TaskActions.check(TaskAction.RESUME, id, TaskStatus.SCHEDULED)).isFalse();
  }
}
