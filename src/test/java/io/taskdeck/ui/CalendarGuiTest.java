package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.calendar.CalendarRange;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Calendar view against the real engine: a cron task's runs land on the right days (month) and
 * days and hours (week, day); a holiday is shaded, and so are the excluded hours of a daily range.
 */
@Tag("gui")
class CalendarGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;
  private final Clock clock = Clock.systemDefaultZone();
  private final ZoneId zone = clock.getZone();
  private EngineBackend backend;
  private DesktopDriver driver;

  @BeforeEach
  void openTheWindowOnTheRealEngine() {
    backend = new EngineBackend(dataDir.resolve("db"), 1, false);
    driver = new DesktopDriver(backend, dataDir, clock);
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
  void theCalendarShowsACronTasksRunsOnTheRightDaysAndShadesAnExcludedHoliday() throws Exception {
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    LocalDate holiday = next.atDay(10);
    backend.calendars().saveCalendar(CalendarSpec.holidays("holidays", zone, List.of(holiday)));
    // 09:00 on weekdays Monday to Friday, with the holiday excluded
    backend
        .tasks()
        .schedule(
            TaskSpec.builder()
                .name("Weekday report")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 0 9 ? * MON-FRI", zone))
                .calendar("holidays")
                .build());
    Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CALENDAR));
    Fx.run(() -> ((Button) driver.window().root().lookup("#nextPeriod")).fire());
    await()
        .atMost(WAIT)
        .failFast(
            "the calendar showed an error",
            () -> Fx.call(() -> driver.window().calendar().model().errorProperty().get()) != null)
        .until(() -> runs(driver, next.atDay(1)) != null);
    for (int d = 1; d <= next.lengthOfMonth(); d++) {
      LocalDate date = next.atDay(d);
      boolean weekday = date.getDayOfWeek().getValue() <= 5;
      int expected = weekday && !date.equals(holiday) ? 1 : 0;
      await().atMost(WAIT).until(() -> runs(driver, date) != null);
      assertThat(runs(driver, date)).as("runs on %s", date).isEqualTo(expected == 1 ? "1 run" : "");
    }
    ComboBox<CalendarSpec> choice =
        (ComboBox<CalendarSpec>) Fx.call(() -> driver.window().root().lookup("#exclusionChoice"));
    await().atMost(WAIT).until(() -> Fx.call(() -> !choice.getItems().isEmpty()));
    Fx.run(() -> choice.getSelectionModel().select(0));
    await().atMost(WAIT).until(() -> styles(driver, holiday).contains("day-excluded"));
    assertThat(styles(driver, holiday.plusDays(1))).doesNotContain("day-excluded");
  }

  @Test
  void theWeekAndDayViewsShowACronTasksRunsAtTheirDayAndHour() throws Exception {
    LocalDate inAWeek = LocalDate.now(clock).plusWeeks(1);
    LocalDate monday = inAWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    backend
        .tasks()
        .schedule(
            TaskSpec.builder()
                .name("Weekday report")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 30 14 ? * MON-FRI", zone))
                .build());
    Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CALENDAR));
    fire(driver, "#modeWeek");
    fire(driver, "#nextPeriod");
    await().atMost(WAIT).until(() -> lookup(driver, "#week-" + monday + "-14") != null);
    assertThat(Fx.call(() -> ((Label) driver.window().root().lookup("#rangeTitle")).getText()))
        .isEqualTo(new CalendarRange(CalendarRange.Mode.WEEK, monday).title());
    for (int d = 0; d < 7; d++) {
      LocalDate date = monday.plusDays(d);
      for (int h = 0; h < 24; h++) {
        String cell = String.format("#week-%s-%02d", date, h);
        boolean expected = d < 5 && h == 14;
        assertThat(chips(driver, cell))
            .as("%s", cell)
            .isEqualTo(expected ? List.of(":30 Weekday report") : List.of());
      }
    }
    LocalDate wednesday = monday.plusDays(2);
    Fx.run(() -> driver.window().calendar().model().selectedDayProperty().set(wednesday));
    fire(driver, "#modeDay");
    await().atMost(WAIT).until(() -> lookup(driver, "#hour-" + wednesday + "-14") != null);
    assertThat(chips(driver, "#hour-" + wednesday + "-14")).containsExactly("14:30 Weekday report");
    assertThat(chips(driver, "#hour-" + wednesday + "-13")).isEmpty();
    assertThat(chips(driver, "#hour-" + wednesday + "-15")).isEmpty();
    fire(driver, "#nextPeriod");
    fire(driver, "#nextPeriod");
    fire(driver, "#nextPeriod");
    LocalDate saturday = monday.plusDays(5);
    await().atMost(WAIT).until(() -> lookup(driver, "#hour-" + saturday + "-14") != null);
    assertThat(chips(driver, "#hour-" + saturday + "-14")).as("no run on a Saturday").isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDayViewShadesTheExcludedHoursOfADailyRangeCalendarAndItsTasksSkipThem() throws Exception {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    backend
        .calendars()
        .saveCalendar(CalendarSpec.daily("lunch", zone, LocalTime.of(12, 0), LocalTime.of(14, 0)));
    backend
        .tasks()
        .schedule(
            TaskSpec.builder()
                .name("Hourly sync")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 15 * * * ?", zone))
                .calendar("lunch")
                .build());
    Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CALENDAR));
    Fx.run(() -> driver.window().calendar().model().selectedDayProperty().set(tomorrow));
    fire(driver, "#modeDay");
    ComboBox<CalendarSpec> choice =
        (ComboBox<CalendarSpec>) Fx.call(() -> driver.window().root().lookup("#exclusionChoice"));
    await().atMost(WAIT).until(() -> Fx.call(() -> !choice.getItems().isEmpty()));
    Fx.run(() -> choice.getSelectionModel().select(0));
    String row = "#hour-" + tomorrow + "-";
    await()
        .atMost(WAIT)
        .until(
            () ->
                lookup(driver, row + "12") != null
                    && styles(driver, row + "12").contains("hour-excluded"));
    assertThat(styles(driver, row + "13")).contains("hour-excluded");
    assertThat(styles(driver, row + "11")).doesNotContain("hour-excluded", "hour-part-excluded");
    assertThat(styles(driver, row + "14")).doesNotContain("hour-excluded", "hour-part-excluded");
    assertThat(chips(driver, row + "11")).containsExactly("11:15 Hourly sync");
    assertThat(chips(driver, row + "12")).as("the calendar excludes 12:15").isEmpty();
    assertThat(chips(driver, row + "13")).isEmpty();
    assertThat(chips(driver, row + "14")).containsExactly("14:15 Hourly sync");
    assertThat(Fx.call(() -> ((Label) driver.window().root().lookup("#exclusionNote")).getText()))
        .startsWith("Every day is partly excluded, 12:00–14:00");
  }

  private static void fire(DesktopDriver driver, String id) {
    Fx.run(() -> ((ButtonBase) driver.window().root().lookup(id)).fire());
  }

  private static Node lookup(DesktopDriver driver, String id) {
    return Fx.call(() -> driver.window().root().lookup(id));
  }

  /** The texts of the run chips in a week cell or day row. */
  private static List<String> chips(DesktopDriver driver, String id) {
    return Fx.call(
        () ->
            driver.window().root().lookup(id).lookupAll(".run-chip").stream()
                .map(n -> ((Label) n).getText())
                .toList());
  }

  /** "1 run", "" when the day shows no count, null when the day is not on screen yet. */
  private static String runs(DesktopDriver driver, LocalDate date) {
    return Fx.call(
        () -> {
          Node cell = driver.window().root().lookup("#day-" + date);
          if (cell == null) {
            return null;
          }
          Node count = cell.lookup(".day-count");
          return count == null ? "" : ((Label) count).getText();
        });
  }

  private static List<String> styles(DesktopDriver driver, LocalDate date) {
    return styles(driver, "#day-" + date);
  }

  private static List<String> styles(DesktopDriver driver, String id) {
    return Fx.call(() -> List.copyOf(driver.window().root().lookup(id).getStyleClass()));
  }
}
