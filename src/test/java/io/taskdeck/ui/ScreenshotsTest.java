package io.taskdeck.ui;

import static org.awaitility.Awaitility.await;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;


/**
 * Renders every view from the real window with realistic sample data to docs/screenshots/*.png.
 * Run: ./mvnw -B test -Dtest=ScreenshotsTest -Dtaskdeck.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "taskdeck.screenshots", matches = "true")
class ScreenshotsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final Path OUT = Path.of("docs", "screenshots");

  static {
    // a virtual screen large enough for the 1440x860 window (read when the toolkit starts)
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir Path dataDir;

  @Test
  void rendersEveryViewToPng() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
    FakeTaskService service = new FakeTaskService(clock);
    new SampleData(service, NOW).fill();
    Files.createDirectories(dataDir.resolve("logs"));
    Files.writeString(dataDir.resolve("logs/taskdeck.log"), AppLogSample.TEXT);
    Files.createDirectories(OUT);
    ConnectionProfile profile = new ConnectionProfile("Local", "jdbc:h2:file:" + dataDir + "/taskdeck", null, null, true);
    try (DesktopDriver driver = new DesktopDriver(service, profile, dataDir, clock)) {
      Fx.run(() -> { driver.session().stage().setWidth(1440); driver.session().stage().setHeight(860); });
      TableView<?> tasks = (TableView<?>) driver.window().root().lookup("#tasksTable");
      await().until(() -> Fx.call(() -> tasks.getItems().size()) > 5);
      Fx.run(() -> tasks.getSelectionModel().select(9));
      settle();
      shoot(driver.session().stage().getScene(), "tasks");
      Fx.run(() -> driver.window().model().toggleTheme());
      settle();
      shoot(driver.session().stage().getScene(), "tasks-dark");
      Fx.run(() -> driver.window().model().toggleTheme());
      Fx.run(() -> driver.window().tasks().editSelected());
      settle();
      shoot(dialogScene(), "task-editor");
      Scene editor = dialogScene();
      Fx.run(() -> editor.getWindow().hide());
      Fx.run(() -> driver.window().tasks().newTask());
      Scene fresh = dialogScene();
      Fx.run(() -> {
        lookupText(fresh, "#taskName").setText("Purge expired sessions");
        lookupText(fresh, "#shellCommand").setText("psql -c \"DELETE FROM sessions WHERE expires < now()\"");
        ((ToggleButton) fresh.getRoot().lookup("#kindCRON")).fire();
        lookupText(fresh, "#cronExpression").setText("0 0 3 * *");
      });
      settle();
      shoot(fresh, "task-editor-invalid-cron");
      Fx.run(() -> fresh.getWindow().hide());
      Fx.run(() -> driver.window().tasks().model().searchProperty().set("no such task"));
      await().until(() -> Fx.call(() -> tasks.getItems().isEmpty()));
      settle();
      shoot(driver.session().stage().getScene(), "tasks-no-match");
      Fx.run(() -> driver.window().tasks().model().searchProperty().set(""));
      await().until(() -> Fx.call(() -> tasks.getItems().size()) > 5);
      Fx.run(() -> tasks.getSelectionModel().select(0));
      javafx.application.Platform.runLater(() -> driver.window().tasks().cancelSelected());
      await().until(() -> Fx.call(() -> Window.getWindows().stream()
          .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup(".confirm-dialog") != null)));
      settle();
      Scene confirm = Fx.call(() -> Window.getWindows().stream()
          .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(".confirm-dialog") != null)
          .findFirst().orElseThrow().getScene());
      shoot(confirm, "cancel-confirmation");
      Fx.run(() -> confirm.getWindow().hide());
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.LOGS));
      await().until(() -> Fx.call(() -> driver.window().root().lookup("#logsTable") != null));
      TableView<?> logs = (TableView<?>) Fx.call(() -> driver.window().root().lookup("#logsTable"));
      await().until(() -> Fx.call(() -> logs.getItems().size()) > 5);
      Fx.run(() -> {
        @SuppressWarnings("unchecked")
        TableView<io.taskdeck.ui.logs.LogRow> rows = (TableView<io.taskdeck.ui.logs.LogRow>) logs;
        rows.getSelectionModel().select(rows.getItems().stream()
            .filter(r -> r.taskName().equals("Monthly revenue report")).findFirst().orElseThrow());
        ((TabPane) rows.getScene().lookup(".detail-pane .tab-pane")).getSelectionModel().select(1);
      });
      settle();
      shoot(driver.session().stage().getScene(), "logs");
      Fx.run(() -> ((TabPane) driver.window().root().lookup("#logsTabs")).getSelectionModel().select(1));
      settle();
      shoot(driver.session().stage().getScene(), "logs-application-log");
      for (io.taskdeck.ui.shell.ViewKind view : java.util.EnumSet.of(io.taskdeck.ui.shell.ViewKind.DASHBOARD,
          io.taskdeck.ui.shell.ViewKind.CALENDAR, io.taskdeck.ui.shell.ViewKind.RETRIES,
          io.taskdeck.ui.shell.ViewKind.CLUSTER, io.taskdeck.ui.shell.ViewKind.SETTINGS)) {
        Fx.run(() -> driver.window().select(view));
        settle();
        shoot(driver.session().stage().getScene(), view.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private static Scene dialogScene() {
    return Fx.call(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
        && w.getScene().getRoot().lookup("#taskEditor") != null).findFirst().orElseThrow().getScene());
  }

  private static TextInputControl lookupText(Scene scene, String id) {
    return (TextInputControl) scene.getRoot().lookup(id);
  }

  private static void settle() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      Fx.run(() -> { });
      Thread.sleep(150); // lets layout and CSS pulses run before the snapshot; screenshots only
    }
  }

  private static void shoot(Scene scene, String name) throws IOException {
    var image = Fx.call(() -> scene.snapshot(null));
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name + ".png").toFile());
  }
}
