package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table "What a person can do, by status" of docs/engine.md, cell by cell. */
class TaskActionTest {
  private static EnumSet<TaskStatus> where(java.util.function.Predicate<TaskStatus> p) {
    return Arrays.stream(TaskStatus.values())
        .filter(p)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskStatus.class)));
  }

  @Test
  void pauseIsRefusedForFinishedTasksAndANoOpWhenPaused() {
    assertThat(where(TaskAction.PAUSE::refusedIn))
        .containsOnly(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED);
    assertThat(where(TaskAction.PAUSE::noOpIn)).containsOnly(TaskStatus.PAUSED);
    assertThat(where(TaskAction.PAUSE::appliesTo))
        .containsOnly(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING);
  }

  @Test
  void resumeAppliesOnlyToAPausedTaskAndIsANoOpForLiveOnes() {
    assertThat(where(TaskAction.RESUME::appliesTo)).containsOnly(TaskStatus.PAUSED);
    assertThat(where(TaskAction.RESUME::noOpIn))
        .containsOnly(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING);
  }

  @Test
  void cancelRunNowEditRequeueAndStopFollowTheTable() {
    assertThat(where(TaskAction.CANCEL::appliesTo))
        .containsOnly(
            TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING, TaskStatus.PAUSED);
    assertThat(where(TaskAction.RUN_NOW::refusedIn))
        .containsOnly(TaskStatus.RUNNING, TaskStatus.PAUSED, TaskStatus.CANCELLED);
    assertThat(where(TaskAction.EDIT::refusedIn)).containsOnly(TaskStatus.CANCELLED);
    assertThat(where(TaskAction.REQUEUE::appliesTo))
        .containsOnly(TaskStatus.SCHEDULED, TaskStatus.COMPLETED, TaskStatus.FAILED);
    assertThat(where(TaskAction.STOP::appliesTo)).containsOnly(TaskStatus.RUNNING);
  }
}
