package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Backend;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.EngineBackend;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The GUI tests against the real engine on a temporary H2 database. */
class EngineGuiTest extends DesktopGuiTest {
  private EngineBackend backend;

  @Override
  Backend openBackend(Path dataDir) {
    backend = new EngineBackend(dataDir.resolve("db"), 2);
    return backend;
  }

  @Test
  void stopKillsTheRunningAttemptAfterAConfirmationThatDefaultsToKeep() {
    Task task = service.schedule(TaskSpec.builder().name("long job").payload(ShellPayload.of("sleep 60")).build());
    await().atMost(WAIT).until(() -> rows().stream()
        .anyMatch(t -> t.id().equals(task.id()) && t.status() == TaskStatus.RUNNING));
    select("long job");
    robot.clickOn("#stopButton");
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    assertThat(service.get(task.id()).status()).as("Enter keeps it running").isEqualTo(TaskStatus.RUNNING);

    robot.clickOn("#stopButton");
    robot.clickOn("Stop attempt");

    await().atMost(WAIT).until(() -> service.get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(service.get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.STOPPED);
  }

  @Override
  void closeService() {
    backend.close();
  }
}
