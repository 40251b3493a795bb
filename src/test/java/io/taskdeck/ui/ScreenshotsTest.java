package io.taskdeck.ui;

import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.calendar.CalendarRange;
import io.taskdeck.ui.calendar.RunOutcome;
import io.taskdeck.ui.shell.ViewKind;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.EngineSampleData;
import io.taskdeck.ui.testing.Fx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
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
 * Renders every view of the real window on the real engine (a temporary H2 data dir filled by
 * {@link EngineSampleData}) at the default window size, 1360×820, to docs/screenshots/*.png. Run:
 * ./mvnw -B test -Dtest=ScreenshotsTest -Dtaskdeck.screenshots=true
 * -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "taskdeck.screenshots", matches = "true")
class ScreenshotsTest {
  private static final Path OUT = Path.of("docs", "screenshots");
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  static {
    // a virtual screen larger than the default window (read when the toolkit starts)
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void rendersEveryViewToPng() throws Exception {
    Files.createDirectories(dataDir.resolve("logs"));
    Files.writeString(dataDir.resolve("logs/taskdeck.log"), AppLogSample.TEXT);
    Files.createDirectories(OUT);
    try (EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1, true)) {
      new EngineSampleData(backend).fill();
      DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.system(ZONE));
      Fx.run(
          () -> {
            driver.session().stage().setWidth(1360);
            driver.session().stage().setHeight(820);
          });
      Scene main = Fx.call(() -> driver.session().stage().getScene());
      TableView<?> tasks = (TableView<?>) driver.window().root().lookup("#tasksTable");
      await().until(() -> Fx.call(() -> tasks.getItems().size()) > 5);
      Fx.run(() -> tasks.getSelectionModel().select(3));
      shoot(main, "tasks");
      Fx.run(() -> driver.window().model().toggleTheme());
      shoot(main, "tasks-dark");
      Fx.run(() -> driver.window().model().toggleTheme());
      Fx.run(() -> driver.window().tasks().editSelected());
      Scene editor = dialogScene("#taskEditor");
      shoot(editor, "task-editor");
      Fx.run(() -> editor.getWindow().hide());
      Fx.run(() -> driver.window().tasks().newTask());
      Scene fresh = dialogScene("#taskEditor");
      Fx.run(
          () -> {
            text(fresh, "#taskName").setText("Purge expired sessions");
            text(fresh, "#shellCommand")
                .setText("psql -c \"DELETE FROM sessions WHERE expires < now()\"");
            ((ToggleButton) fresh.getRoot().lookup("#kindCRON")).fire();
            text(fresh, "#cronExpression").setText("0 3 * * *");
          });
      shoot(fresh, "task-editor-invalid-cron");
      Fx.run(() -> fresh.getWindow().hide());
      Fx.run(() -> driver.window().tasks().model().searchProperty().set("no such task"));
      await().until(() -> Fx.call(() -> tasks.getItems().isEmpty()));
      shoot(main, "tasks-no-match");
      Fx.run(() -> driver.window().tasks().model().searchProperty().set(""));
      await().until(() -> Fx.call(() -> tasks.getItems().size()) > 5);
      Fx.run(() -> tasks.getSelectionModel().select(0));
      javafx.application.Platform.runLater(() -> driver.window().tasks().cancelSelected());
      Scene confirm = dialogScene(".confirm-dialog");
      shoot(confirm, "cancel-confirmation");
      Fx.run(() -> confirm.getWindow().hide());
      Fx.run(() -> driver.window().select(ViewKind.LOGS));
      TableView<io.taskdeck.ui.logs.LogRow> logs =
          (TableView<io.taskdeck.ui.logs.LogRow>) node(driver, "#logsTable");
      await().until(() -> Fx.call(() -> logs.getItems().size()) > 5);
      Fx.run(
          () ->
              logs.getSelectionModel()
                  .select(
                      logs.getItems().stream()
                          .filter(r -> r.taskName().equals("Send invoice reminders"))
                          .findFirst()
                          .orElseThrow()));
      shoot(main, "logs");
      Fx.run(
          () ->
              ((TabPane) driver.window().root().lookup("#logsTabs")).getSelectionModel().select(1));
      shoot(main, "logs-application-log");
      for (ViewKind view :
          EnumSet.of(
              ViewKind.DASHBOARD,
              ViewKind.CALENDAR,
              ViewKind.RETRIES,
              ViewKind.CLUSTER,
              ViewKind.AUDIT,
              ViewKind.SETTINGS)) {
        Fx.run(() -> driver.window().select(view));
        Thread.sleep(1_000); // the view reads the database once shown; screenshots only
        shoot(main, view.name().toLowerCase(Locale.ROOT));
      }
      Fx.run(() -> driver.window().select(ViewKind.RETRIES));
      Fx.run(
          () ->
              ((TabPane) driver.window().root().lookup("#retriesTabs"))
                  .getSelectionModel()
                  .select(1));
      TableView<?> dead = (TableView<?>) node(driver, "#deadLettersTable");
      await().until(() -> Fx.call(() -> dead.getItems().size()) >= 2);
      Fx.run(() -> dead.getSelectionModel().select(0));
      shoot(main, "retries-dead-letters");
      calendars(driver, main);
      Fx.run(
          () -> {
            driver.window().select(ViewKind.SETTINGS);
            var settings = driver.window().settings().model();
            settings.nameProperty().set("Production cluster");
            settings.kindProperty().set(io.taskdeck.ui.settings.SettingsViewModel.Kind.POSTGRESQL);
            settings.urlProperty().set("jdbc:postgresql://db.internal:5432/taskdeck");
            settings.userProperty().set("taskdeck");
            settings.passwordProperty().set("hunter2");
          });
      shoot(main, "settings-postgresql");
      driver.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static void calendars(DesktopDriver driver, Scene main) throws Exception {
    Fx.run(() -> driver.window().select(ViewKind.CALENDAR));
    ComboBox<CalendarSpec> choice = (ComboBox<CalendarSpec>) node(driver, "#exclusionChoice");
    await().until(() -> Fx.call(() -> choice.getItems().size()) == 3);
    var calendar = driver.window().calendar().model();
    LocalDate today = LocalDate.now(ZONE);
    Fx.run(() -> choice.getSelectionModel().select(named(choice, "public-holidays")));
    shoot(main, "calendar-exclusions");
    Fx.run(
        () -> {
          choice.getSelectionModel().select(named(choice, "weekends"));
          calendar.modeProperty().set(CalendarRange.Mode.WEEK);
        });
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Fx.call(() -> calendar.hours().size()) >= 7 * 23);
    Fx.run(
        () ->
            calendar.dayRuns().stream().findFirst().ifPresent(calendar.selectedRunProperty()::set));
    shoot(main, "calendar-week");
    Fx.run(
        () -> {
          choice.getSelectionModel().select(named(choice, "release-freeze"));
          calendar.selectedDayProperty().set(today);
          calendar.modeProperty().set(CalendarRange.Mode.DAY);
        });
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Fx.call(() -> calendar.hours().size()) >= 23);
    Fx.run(
        () ->
            calendar.dayRuns().stream()
                .filter(r -> r.outcome() == RunOutcome.FAILED)
                .findFirst()
                .or(() -> calendar.dayRuns().stream().findFirst())
                .ifPresent(calendar.selectedRunProperty()::set));
    shoot(main, "calendar-day");
    Fx.run(() -> calendar.modeProperty().set(CalendarRange.Mode.MONTH));
    Fx.run(() -> ((Button) driver.window().root().lookup("#manageCalendars")).fire());
    Scene editor = dialogScene("#calendarEditor");
    Fx.run(
        () ->
            ((ListView<CalendarSpec>) editor.getRoot().lookup("#calendarList"))
                .getSelectionModel()
                .select(0));
    shoot(editor, "calendar-editor");
    Fx.run(() -> editor.getWindow().hide());
  }

  /** The node once the view shown has laid it out. */
  private static javafx.scene.Node node(DesktopDriver driver, String id) {
    await().until(() -> Fx.call(() -> driver.window().root().lookup(id) != null));
    return Fx.call(() -> driver.window().root().lookup(id));
  }

  private static CalendarSpec named(ComboBox<CalendarSpec> choice, String name) {
    return choice.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Scene dialogScene(String lookup) {
    await()
        .until(
            () ->
                Fx.call(
                    () ->
                        Window.getWindows().stream()
                            .anyMatch(
                                w ->
                                    w.getScene() != null
                                        && w.getScene().getRoot().lookup(lookup) != null)));
    return Fx.call(
        () ->
            Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(lookup) != null)
                .findFirst()
                .orElseThrow()
                .getScene());
  }

  private static TextInputControl text(Scene scene, String id) {
    return (TextInputControl) scene.getRoot().lookup(id);
  }

  private static void shoot(Scene scene, String name) throws Exception {
    for (int i = 0; i < 4; i++) {
      Fx.run(() -> {});
      Thread.sleep(200); // lets layout, CSS pulses and debounced previews run before the snapshot;
      // screenshots only
    }
    var image = Fx.call(() -> scene.snapshot(null));
    try {
      ImageIO.write(
          SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name + ".png").toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + name, e);
    }
  }
}
