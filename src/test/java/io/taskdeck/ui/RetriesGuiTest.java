package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Retries view against the real engine: a dead letter requeued from the view runs again. */
@Tag("gui")
class RetriesGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void requeueingADeadLetterFromTheRetriesViewMakesTheTaskRunAgain() throws Exception {
    EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1);
    Path marker = dataDir.resolve("failed-once");
    try (DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.systemDefaultZone())) {
      Task task =
          backend
              .tasks()
              .schedule(
                  TaskSpec.builder()
                      .name("Flaky export")
                      .payload(
                          ShellPayload.of(
                              "test -f '" + marker + "' || { touch '" + marker + "'; exit 3; }"))
                      .schedule(new Schedule.Once(Instant.now()))
                      .retry(
                          new RetryPolicy(1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1), 0))
                      .build());
      await()
          .atMost(WAIT)
          .until(() -> backend.tasks().get(task.id()).status() == TaskStatus.FAILED);
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.RETRIES));
      Fx.run(
          () ->
              ((TabPane) driver.window().root().lookup("#retriesTabs"))
                  .getSelectionModel()
                  .select(1));
      TableView<DeadLetter> table =
          (TableView<DeadLetter>) Fx.call(() -> driver.window().root().lookup("#deadLettersTable"));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () -> table.getItems().stream().anyMatch(d -> d.taskId().equals(task.id()))));
      Fx.run(() -> table.getSelectionModel().select(0));
      Fx.run(() -> ((Button) driver.window().root().lookup("#requeueNow")).fire());
      await()
          .atMost(WAIT)
          .until(
              () ->
                  backend.tasks().executions(ExecutionQuery.forTask(task.id())).items().stream()
                      .anyMatch(e -> e.status() == ExecutionStatus.SUCCESS));
      assertThat(Files.exists(marker)).isTrue();
      await().atMost(WAIT).until(() -> Fx.call(() -> table.getItems().isEmpty()));
    } finally {
      backend.close();
    }
  }
}
