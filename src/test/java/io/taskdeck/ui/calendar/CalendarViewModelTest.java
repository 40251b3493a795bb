package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.ui.calendar.DayCell.Exclusion;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarViewModelTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZONE);
  private final FakeTaskService tasks = new FakeTaskService(clock);
  private final FakeCalendarService calendars = new FakeCalendarService(tasks);
  private final CalendarViewModel model = new CalendarViewModel(tasks, calendars, new SyncUiExecutor(), clock, ZONE);

  private Task dailyAtTwo() {
    return tasks.schedule(TaskSpec.builder().name("Nightly backup").payload(ShellPayload.of("true"))
        .schedule(new Schedule.Cron("0 0 2 * * ?", ZONE)).build());
  }

  @Test
  void aDailyCronTaskHasOneRunOnEachRemainingDayOfTheMonth() {
    dailyAtTwo();
    model.reload();
    assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 3));
    assertThat(model.days()).hasSize(31);
    assertThat(model.cell(LocalDate.of(2026, 3, 11)).total()).isEqualTo(1);
    assertThat(model.cell(LocalDate.of(2026, 3, 31)).total()).isEqualTo(1);
    assertThat(model.cell(LocalDate.of(2026, 3, 9)).total()).isZero();
    assertThat(model.cell(LocalDate.of(2026, 3, 11)).runs().get(0).taskName()).isEqualTo("Nightly backup");
  }

  @Test
  void pastDaysCountWhatActuallyRanByOutcome() {
    Task t = dailyAtTwo();
    Instant march5 = Instant.parse("2026-03-05T01:00:00Z");
    tasks.record(new Execution(1, t.id(), 1, "n", march5, march5, march5.plusSeconds(3), ExecutionStatus.SUCCESS, 0, null, null, null));
    tasks.record(new Execution(2, t.id(), 1, "n", march5, march5.plusSeconds(60), march5.plusSeconds(65), ExecutionStatus.FAILED, 1, null, null, "boom"));
    tasks.record(new Execution(3, t.id(), 1, "n", march5, march5.plusSeconds(90), march5.plusSeconds(90), ExecutionStatus.MISSED, null, null, null, null));
    model.reload();
    DayCell day = model.cell(LocalDate.of(2026, 3, 5));
    assertThat(List.of(day.succeeded(), day.failed(), day.missed())).containsExactly(1, 1, 1);
    model.selectedDayProperty().set(LocalDate.of(2026, 3, 5));
    assertThat(model.dayRuns()).extracting(DayRun::status)
        .containsExactly(ExecutionStatus.SUCCESS, ExecutionStatus.FAILED, ExecutionStatus.MISSED);
  }

  @Test
  void aSelectedHolidayCalendarShadesItsDatesAndAWeeklyOneItsWeekdays() {
    model.reload();
    model.exclusionProperty().set(CalendarSpec.holidays("easter", ZONE, List.of(LocalDate.of(2026, 3, 20))));
    assertThat(model.cell(LocalDate.of(2026, 3, 20)).exclusion()).isEqualTo(Exclusion.WHOLE);
    assertThat(model.cell(LocalDate.of(2026, 3, 21)).exclusion()).isEqualTo(Exclusion.NONE);
    model.exclusionProperty().set(CalendarSpec.weekly("weekends", ZONE, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    assertThat(model.cell(LocalDate.of(2026, 3, 21)).exclusion()).isEqualTo(Exclusion.WHOLE);
    assertThat(model.cell(LocalDate.of(2026, 3, 20)).exclusion()).isEqualTo(Exclusion.NONE);
    assertThat(model.exclusionNoteProperty().get()).isEqualTo("Excluded weekdays shaded: Sat, Sun");
  }

  @Test
  void movingToTheNextMonthLoadsItsDays() {
    dailyAtTwo();
    model.nextMonth();
    assertThat(model.days()).hasSize(30);
    assertThat(model.cell(LocalDate.of(2026, 4, 1)).total()).isEqualTo(1);
  }

  @Test
  void aFailingServiceShowsAnError() {
    tasks.failWith(new IllegalStateException("database down"));
    model.reload();
    assertThat(model.errorProperty().get()).isEqualTo("Could not load the calendar: database down");
  }
}
