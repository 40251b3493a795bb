package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.shell.ViewKind;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Audit view against the real engine: a pause clicked in the window is listed under the
 * desktop's name.
 */
@Tag("gui")
class AuditGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;
  private final FxRobot robot = new FxRobot();
  private EngineBackend backend;
  private DesktopDriver driver;

  @BeforeEach
  void openTheWindowOnTheRealEngine() {
    backend = new EngineBackend(dataDir.resolve("db"), 1, false);
    driver = new DesktopDriver(backend, dataDir, Clock.systemDefaultZone());
  }

  @AfterEach
  void close() throws Exception {
    try {
      driver.close();
    } finally {
      backend.close();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPauseClickedInTheWindowIsListedInTheAuditViewUnderTheDesktopsName() {
    Task task =
        backend
            .tasks()
            .schedule(
                TaskSpec.builder()
                    .name("Nightly report")
                    .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                    .build());
    TableView<Task> tasks = (TableView<Task>) robot.lookup("#tasksTable").query();
    await().atMost(WAIT).until(() -> Fx.call(() -> !tasks.getItems().isEmpty()));
    Fx.run(() -> tasks.getSelectionModel().select(0));
    Button pause = robot.lookup("#pauseButton").queryButton();
    await().atMost(WAIT).until(() -> Fx.call(() -> !pause.isDisabled()));
    Fx.run(pause::fire);
    await().atMost(WAIT).until(() -> backend.tasks().get(task.id()).status() == TaskStatus.PAUSED);

    Fx.run(() -> driver.window().select(ViewKind.AUDIT));
    TableView<AuditEvent> trail = (TableView<AuditEvent>) robot.lookup("#auditTable").query();
    await().atMost(WAIT).until(() -> Fx.call(() -> trail.getItems().size()) == 2);
    List<AuditEvent> rows = Fx.call(() -> List.copyOf(trail.getItems()));
    assertThat(rows)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.objectName())
        .containsExactly(
            Actor.desktop().name() + " pause Nightly report",
            Actor.desktop().name() + " create Nightly report");
  }
}
