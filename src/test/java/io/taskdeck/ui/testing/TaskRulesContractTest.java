package io.taskdeck.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's rules of docs/engine.md that the GUI relies on, run against the real engine and the
 * one test double the GUI tests keep, so the double cannot drift from the engine (issue 16 item
 * 11). (Cancelling a cancelled task is left out: the table says 409, today's engine returns it
 * unchanged.)
 */
abstract class TaskRulesContractTest {
  private TaskService service;

  abstract TaskService open();

  void close() {}

  @BeforeEach
  void start() {
    service = open();
  }

  @AfterEach
  void stop() {
    close();
  }

  private Task nightly() {
    return service.schedule(
        TaskSpec.builder()
            .name("nightly")
            .payload(ShellPayload.of("true"))
            .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
            .build());
  }

  @Test
  void resumingATaskThatIsNotPausedReturnsItUnchanged() {
    Task t = nightly();
    assertThat(service.resume(t.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(service.get(t.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void pausingTwiceIsANoOpAndResumeBringsItBack() {
    Task t = nightly();
    assertThat(service.pause(t.id()).status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(service.pause(t.id()).status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(service.resume(t.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void aCancelledTaskRefusesPauseResumeRunNowAndEdits() {
    Task t = nightly();
    assertThat(service.cancel(t.id()).status()).isEqualTo(TaskStatus.CANCELLED);
    assertThatThrownBy(() -> service.pause(t.id())).isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> service.resume(t.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> service.runNow(t.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> service.update(t.id(), t.spec().toBuilder().name("renamed").build()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThat(service.get(t.id()).status()).isEqualTo(TaskStatus.CANCELLED);
  }
}
