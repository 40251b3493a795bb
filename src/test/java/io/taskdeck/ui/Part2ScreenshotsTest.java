package io.taskdeck.ui;

import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.Task;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeDeadLetterService;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the dead-letter queue and the calendar with an exclusion calendar and its editor to
 * docs/screenshots/ (retries-dead-letters.png, calendar-exclusions.png, calendar-week.png,
 * calendar-day.png, calendar-editor.png, settings-postgresql.png).
 * Run: ./mvnw -B test -Dtest=Part2ScreenshotsTest -Dtaskdeck.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "taskdeck.screenshots", matches = "true")
class Part2ScreenshotsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void rendersTheDeadLetterQueueAndTheCalendar() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
    FakeTaskService service = new FakeTaskService(clock);
    new SampleData(service, NOW).fill();
    FakeDeadLetterService letters = new FakeDeadLetterService(service);
    List<Task> tasks = service.list(io.taskdeck.core.TaskQuery.all()).items();
    String[] errors = {
        "exit code 1: pg_dump: error: connection to server at \"db.internal\" (10.0.3.7), port 5432 failed: timeout expired",
        "expected HTTP 200-299, got 503 Service Unavailable",
        "timed out after PT30S"};
    for (int i = 0; i < 3; i++) {
      Task t = tasks.get(i);
      letters.add(new DeadLetter(40 + i, t.id(), t.name(), 3, errors[i] + "\n\nattempt 3 of 3 on node srv-a", 900L + i,
          NOW.minus(Duration.ofMinutes(17L * (i + 1)))));
    }
    ConnectionProfile profile = new ConnectionProfile("Local", "jdbc:h2:file:" + dataDir + "/taskdeck", null, null, true);
    Files.createDirectories(dataDir.resolve("logs"));
    FakeCalendarService calendars = new FakeCalendarService(service);
    calendars.saveCalendar(CalendarSpec.holidays("public-holidays", ZoneId.of("Europe/Berlin"),
        List.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 20))).withDescription("Office closed"));
    calendars.saveCalendar(CalendarSpec.weekly("weekends", ZoneId.of("Europe/Berlin"),
        java.util.Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY)));
    calendars.saveCalendar(CalendarSpec.daily("release-freeze", ZoneId.of("Europe/Berlin"),
        java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 30)).withDescription("No jobs during the daily release"));
    try (DesktopDriver driver = new DesktopDriver(service, letters, calendars, profile, dataDir, clock)) {
      Fx.run(() -> { driver.session().stage().setWidth(1440); driver.session().stage().setHeight(860); });
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.RETRIES));
      Fx.run(() -> ((TabPane) driver.window().root().lookup("#retriesTabs")).getSelectionModel().select(1));
      TableView<?> table = (TableView<?>) Fx.call(() -> driver.window().root().lookup("#deadLettersTable"));
      await().until(() -> Fx.call(() -> table.getItems().size()) == 3);
      Fx.run(() -> table.getSelectionModel().select(0));
      shoot(driver.session().stage().getScene(), "retries-dead-letters");
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CALENDAR));
      ComboBox<CalendarSpec> choice = (ComboBox<CalendarSpec>) Fx.call(() -> driver.window().root().lookup("#exclusionChoice"));
      await().until(() -> Fx.call(() -> choice.getItems().size()) == 3);
      Fx.run(() -> {
        choice.getSelectionModel().select(named(choice, "public-holidays"));
        driver.window().calendar().model().selectedDayProperty().set(LocalDate.of(2026, 3, 2));
      });
      shoot(driver.session().stage().getScene(), "calendar-exclusions");
      var calendar = driver.window().calendar().model();
      Fx.run(() -> {
        choice.getSelectionModel().select(named(choice, "weekends"));
        calendar.selectedDayProperty().set(LocalDate.of(2026, 3, 3));
        calendar.modeProperty().set(io.taskdeck.ui.calendar.CalendarRange.Mode.WEEK);
      });
      await().until(() -> Fx.call(() -> calendar.hours().size()) == 7 * 24);
      Fx.run(() -> calendar.selectedRunProperty().set(calendar.dayRuns().get(0)));
      shoot(driver.session().stage().getScene(), "calendar-week");
      Fx.run(() -> {
        choice.getSelectionModel().select(named(choice, "release-freeze"));
        calendar.selectedDayProperty().set(LocalDate.of(2026, 3, 2));
        calendar.modeProperty().set(io.taskdeck.ui.calendar.CalendarRange.Mode.DAY);
      });
      await().until(() -> Fx.call(() -> calendar.hours().size()) == 24);
      Fx.run(() -> calendar.selectedRunProperty().set(calendar.dayRuns().stream()
          .filter(r -> r.outcome() == io.taskdeck.ui.calendar.RunOutcome.FAILED).findFirst().orElseThrow()));
      shoot(driver.session().stage().getScene(), "calendar-day");
      Fx.run(() -> calendar.modeProperty().set(io.taskdeck.ui.calendar.CalendarRange.Mode.MONTH));
      Fx.run(() -> ((Button) driver.window().root().lookup("#manageCalendars")).fire());
      Scene editor = Fx.call(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
          && w.getScene().getRoot().lookup("#calendarEditor") != null).findFirst().orElseThrow().getScene());
      Fx.run(() -> {
        ListView<CalendarSpec> list = (ListView<CalendarSpec>) editor.getRoot().lookup("#calendarList");
        list.getSelectionModel().select(0);
      });
      shoot(editor, "calendar-editor");
      Fx.run(() -> editor.getWindow().hide());
      Fx.run(() -> {
        driver.window().select(io.taskdeck.ui.shell.ViewKind.SETTINGS);
        var settings = driver.window().settings().model();
        settings.nameProperty().set("Production cluster");
        settings.kindProperty().set(io.taskdeck.ui.settings.SettingsViewModel.Kind.POSTGRESQL);
        settings.urlProperty().set("jdbc:postgresql://db.internal:5432/taskdeck");
        settings.userProperty().set("taskdeck");
        settings.passwordProperty().set("hunter2");
      });
      shoot(driver.session().stage().getScene(), "settings-postgresql");
    }
  }

  private static CalendarSpec named(ComboBox<CalendarSpec> choice, String name) {
    return choice.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static void shoot(Scene scene, String name) throws Exception {
    for (int i = 0; i < 3; i++) {
      Fx.run(() -> { });
      Thread.sleep(150); // lets layout and CSS pulses run before the snapshot; screenshots only
    }
    var image = Fx.call(() -> scene.snapshot(null));
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of("docs", "screenshots", name + ".png").toFile());
  }
}
