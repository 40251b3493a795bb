package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Backend;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.logs.LogRow;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.Shown;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
    Task task =
        service.schedule(
            TaskSpec.builder().name("long job").payload(ShellPayload.of("sleep 60")).build());
    await()
        .atMost(WAIT)
        .until(
            () ->
                rows().stream()
                    .anyMatch(t -> t.id().equals(task.id()) && t.status() == TaskStatus.RUNNING));
    select("long job");
    robot.clickOn("#stopButton");
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    assertThat(service.get(task.id()).status())
        .as("Enter keeps it running")
        .isEqualTo(TaskStatus.RUNNING);

    robot.clickOn("#stopButton");
    Shown.click(robot, "Stop attempt");

    await().atMost(WAIT).until(() -> service.get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(service.get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.STOPPED);
  }

  @Test
  void aRunningAttemptShowsItsElapsedTimeAndItsOutputAsItGrows() {
    Task task =
        service.schedule(
            TaskSpec.builder()
                .name("talker")
                .payload(ShellPayload.of("echo first; sleep 2; echo second; sleep 60"))
                .build());
    await().atMost(WAIT).until(() -> service.get(task.id()).status() == TaskStatus.RUNNING);
    robot.clickOn("#navLogs");
    @SuppressWarnings("unchecked")
    TableView<LogRow> logs = (TableView<LogRow>) robot.lookup("#logsTable").query();
    await()
        .atMost(WAIT)
        .until(
            () ->
                Fx.call(
                    () -> logs.getItems().stream().anyMatch(r -> r.taskName().equals("talker"))));
    Fx.run(
        () ->
            logs.getSelectionModel()
                .select(
                    logs.getItems().stream()
                        .filter(r -> r.taskName().equals("talker"))
                        .findFirst()
                        .orElseThrow()));
    TextArea output = robot.lookup("#executionOutput").queryAs(TextArea.class);

    await().atMost(WAIT).until(() -> Fx.call(output::getText).contains("second"));
    String shown = Fx.call(output::getText);
    assertThat(shown).contains("first");
    assertThat(
            robot.lookup(".detail-pane .text-muted").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("running for")))
        .isTrue();
    service.stop(task.id());
    await().atMost(WAIT).until(() -> service.get(task.id()).status() == TaskStatus.COMPLETED);
  }

  @Override
  void closeService() {
    backend.close();
  }
}
