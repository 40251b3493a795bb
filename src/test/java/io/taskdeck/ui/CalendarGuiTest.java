package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Calendar view against the real engine: a cron task's runs land on the right days; a holiday is shaded. */
@Tag("gui")
class CalendarGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void theCalendarShowsACronTasksRunsOnTheRightDaysAndShadesAnExcludedHoliday() throws Exception {
    Clock clock = Clock.systemDefaultZone();
    ZoneId zone = clock.getZone();
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    LocalDate holiday = next.atDay(10);
    EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1, false);
    try (DesktopDriver driver = new DesktopDriver(backend.tasks(), backend.deadLetters(), backend.calendars(),
        DesktopApp.localProfile(dataDir), dataDir, clock)) {
      backend.calendars().saveCalendar(CalendarSpec.holidays("holidays", zone, List.of(holiday)));
      // 09:00 on weekdays Monday to Friday, with the holiday excluded
      backend.tasks().schedule(TaskSpec.builder().name("Weekday report").payload(ShellPayload.of("true"))
          .schedule(new Schedule.Cron("0 0 9 ? * MON-FRI", zone)).calendar("holidays").build());
      Fx.run(() -> driver.window().select(2));
      Fx.run(() -> ((Button) driver.window().root().lookup("#nextMonth")).fire());
      await().atMost(WAIT).failFast("the calendar showed an error",
          () -> Fx.call(() -> driver.window().calendar().model().errorProperty().get()) != null)
          .until(() -> runs(driver, next.atDay(1)) != null);
      for (int d = 1; d <= next.lengthOfMonth(); d++) {
        LocalDate date = next.atDay(d);
        boolean weekday = date.getDayOfWeek().getValue() <= 5;
        int expected = weekday && !date.equals(holiday) ? 1 : 0;
        await().atMost(WAIT).until(() -> runs(driver, date) != null);
        assertThat(runs(driver, date)).as("runs on %s", date).isEqualTo(expected == 1 ? "1 run" : "");
      }
      ComboBox<CalendarSpec> choice = (ComboBox<CalendarSpec>) Fx.call(() -> driver.window().root().lookup("#exclusionChoice"));
      await().atMost(WAIT).until(() -> Fx.call(() -> !choice.getItems().isEmpty()));
      Fx.run(() -> choice.getSelectionModel().select(0));
      await().atMost(WAIT).until(() -> styles(driver, holiday).contains("day-excluded"));
      assertThat(styles(driver, holiday.plusDays(1))).doesNotContain("day-excluded");
    } finally {
      backend.close();
    }
  }

  /** "1 run", "" when the day shows no count, null when the day is not on screen yet. */
  private static String runs(DesktopDriver driver, LocalDate date) {
    return Fx.call(() -> {
      Node cell = driver.window().root().lookup("#day-" + date);
      if (cell == null) {
        return null;
      }
      Node count = cell.lookup(".day-count");
      return count == null ? "" : ((Label) count).getText();
    });
  }

  private static List<String> styles(DesktopDriver driver, LocalDate date) {
    return Fx.call(() -> List.copyOf(driver.window().root().lookup("#day-" + date).getStyleClass()));
  }
}
