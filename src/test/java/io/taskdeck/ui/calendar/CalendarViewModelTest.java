package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.calendar.CalendarRange.Mode;
import io.taskdeck.ui.calendar.DayCell.Exclusion;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final CalendarViewModel model =
      new CalendarViewModel(
          tasks,
          new io.taskdeck.ui.testing.FakeStatistics(
              tasks, new io.taskdeck.ui.testing.FakeDeadLetterService(tasks)),
          calendars,
          executor,
          clock,
          ZONE);

  private Task dailyAtTwo() {
    return tasks.schedule(
        TaskSpec.builder()
            .name("Nightly backup")
            .payload(ShellPayload.of("true"))
            .schedule(new Schedule.Cron("0 0 2 * * ?", ZONE))
            .build());
  }

  @Test
  void aDailyCronTaskHasOneRunOnEachRemainingDayOfTheMonth() {
    dailyAtTwo();
    model.reload();
    assertThat(model.rangeProperty().get().title()).isEqualTo("March 2026");
    assertThat(model.days()).hasSize(31);
    assertThat(model.cell(LocalDate.of(2026, 3, 11)).total()).isEqualTo(1);
    assertThat(model.cell(LocalDate.of(2026, 3, 31)).total()).isEqualTo(1);
    assertThat(model.cell(LocalDate.of(2026, 3, 9)).total()).isZero();
    assertThat(model.cell(LocalDate.of(2026, 3, 11)).runs().get(0).taskName())
        .isEqualTo("Nightly backup");
  }

  @Test
  void pastDaysCountWhatActuallyRanByOutcome() {
    Task t = dailyAtTwo();
    Instant march5 = Instant.parse("2026-03-05T01:00:00Z");
    tasks.record(
        new Execution(
            1,
            t.id(),
            1,
            "n",
            march5,
            march5,
            march5.plusSeconds(3),
            ExecutionStatus.SUCCESS,
            0,
            null,
            null,
            null));
    tasks.record(
        new Execution(
            2,
            t.id(),
            1,
            "n",
            march5,
            march5.plusSeconds(60),
            march5.plusSeconds(65),
            ExecutionStatus.FAILED,
            1,
            null,
            null,
            "boom"));
    tasks.record(
        new Execution(
            3,
            t.id(),
            1,
            "n",
            march5,
            march5.plusSeconds(90),
            march5.plusSeconds(90),
            ExecutionStatus.MISSED,
            null,
            null,
            null,
            null));
    model.reload();
    DayCell day = model.cell(LocalDate.of(2026, 3, 5));
    assertThat(List.of(day.succeeded(), day.failed(), day.missed())).containsExactly(1L, 1L, 1L);
    model.selectedDayProperty().set(LocalDate.of(2026, 3, 5));
    assertThat(model.dayRuns())
        .extracting(DayRun::status)
        .containsExactly(ExecutionStatus.SUCCESS, ExecutionStatus.FAILED, ExecutionStatus.MISSED);
  }

  @Test
  void aSelectedHolidayCalendarShadesItsDatesAndAWeeklyOneItsWeekdays() {
    model.reload();
    model
        .exclusionProperty()
        .set(CalendarSpec.holidays("easter", ZONE, List.of(LocalDate.of(2026, 3, 20))));
    assertThat(model.cell(LocalDate.of(2026, 3, 20)).exclusion()).isEqualTo(Exclusion.WHOLE);
    assertThat(model.cell(LocalDate.of(2026, 3, 21)).exclusion()).isEqualTo(Exclusion.NONE);
    model
        .exclusionProperty()
        .set(CalendarSpec.weekly("weekends", ZONE, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    assertThat(model.cell(LocalDate.of(2026, 3, 21)).exclusion()).isEqualTo(Exclusion.WHOLE);
    assertThat(model.cell(LocalDate.of(2026, 3, 20)).exclusion()).isEqualTo(Exclusion.NONE);
    assertThat(model.exclusionNoteProperty().get()).isEqualTo("Excluded weekdays shaded: Sat, Sun");
  }

  @Test
  void movingToTheNextMonthLoadsItsDays() {
    dailyAtTwo();
    model.next();
    assertThat(model.days()).hasSize(30);
    assertThat(model.cell(LocalDate.of(2026, 4, 1)).total()).isEqualTo(1);
  }

  @Test
  void aFailingServiceShowsAnError() {
    tasks.failWith(new IllegalStateException("database down"));
    model.reload();
    assertThat(model.errorProperty().get()).isEqualTo("Could not load the calendar: database down");
  }

  private Task cron(String name, String expression, ZoneId zone) {
    return tasks.schedule(
        TaskSpec.builder()
            .name(name)
            .payload(ShellPayload.of("true"))
            .schedule(new Schedule.Cron(expression, zone))
            .build());
  }

  private static List<DayRun> runsAt(List<HourSlot> slots, int clockHour) {
    return slots.stream()
        .filter(h -> h.clockHour() == clockHour)
        .flatMap(h -> h.runs().stream())
        .toList();
  }

  @Test
  void theWeekViewPlacesEachRunInItsDayAndHour() {
    dailyAtTwo();
    model.reload();
    model.modeProperty().set(Mode.WEEK);
    assertThat(model.rangeProperty().get().first()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(model.days()).hasSize(7);
    assertThat(model.hours()).hasSize(7 * 24);
    LocalDate wednesday = LocalDate.of(2026, 3, 11);
    assertThat(runsAt(model.hoursOf(wednesday), 2))
        .extracting(DayRun::taskName)
        .containsExactly("Nightly backup");
    assertThat(model.hoursOf(wednesday).stream().mapToInt(h -> h.runs().size()).sum()).isEqualTo(1);
    assertThat(model.hoursOf(LocalDate.of(2026, 3, 10)))
        .as("today's 02:00 has passed")
        .allMatch(h -> h.runs().isEmpty());
    assertThat(model.cell(LocalDate.of(2026, 3, 15)).total()).isEqualTo(1);
  }

  @Test
  void navigationMovesTheWeekOrDayAndTodayComesBack() {
    dailyAtTwo();
    model.reload();
    model.modeProperty().set(Mode.WEEK);
    model.next();
    assertThat(model.selectedDayProperty().get()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(model.days()).extracting(DayCell::date).startsWith(LocalDate.of(2026, 3, 16));
    model.modeProperty().set(Mode.DAY);
    model.previous();
    assertThat(model.hours()).extracting(HourSlot::date).containsOnly(LocalDate.of(2026, 3, 16));
    assertThat(runsAt(model.hours(), 2)).hasSize(1);
    model.today();
    assertThat(model.rangeProperty().get().title()).isEqualTo("Tuesday, March 10, 2026");
  }

  private void dayViewOfAnHourlyTask(LocalDate day) {
    cron("Hourly sync", "0 0 * * * ?", ZONE);
    model.reload();
    model.modeProperty().set(Mode.DAY);
    model.selectedDayProperty().set(day);
  }

  @Test
  void theDayTheClocksGoForwardHas23HoursEachWithItsHourlyRun() {
    dayViewOfAnHourlyTask(LocalDate.of(2026, 3, 29));
    assertThat(model.hours()).hasSize(23);
    assertThat(model.hours())
        .allSatisfy(
            h -> assertThat(h.runs()).extracting(DayRun::at).containsExactly(h.hour().start()));
    assertThat(runsAt(model.hours(), 2)).isEmpty();
    assertThat(model.dayRuns()).hasSize(23);
  }

  @Test
  void theDayTheClocksGoBackHas25HoursAndEveryRunIsInTheHourItFires() {
    dayViewOfAnHourlyTask(LocalDate.of(2026, 10, 25));
    assertThat(model.hours()).hasSize(25);
    assertThat(model.hours())
        .allSatisfy(h -> assertThat(h.runs()).allMatch(r -> h.hour().contains(r.at())));
    assertThat(model.hours().stream().mapToInt(h -> h.runs().size()).sum())
        .isEqualTo(model.dayRuns().size());
    assertThat(model.hours().get(1).runs()).hasSize(1);
    assertThat(model.hours().get(4).runs()).as("03:00 CET").hasSize(1);
  }

  @Test
  void aTaskInAnotherZoneMovesAnHourOnTheCalendarWhenItsOwnClocksChange() {
    cron("New York open", "0 0 9 * * ?", ZoneId.of("America/New_York"));
    model.reload();
    model.selectedDayProperty().set(LocalDate.of(2026, 10, 28));
    model.modeProperty().set(Mode.WEEK);
    // Berlin is on CET from Oct 25; New York leaves EDT on Nov 1
    for (LocalDate d = LocalDate.of(2026, 10, 26);
        d.isBefore(LocalDate.of(2026, 11, 1));
        d = d.plusDays(1)) {
      assertThat(runsAt(model.hoursOf(d), 14)).as("%s", d).hasSize(1);
    }
    assertThat(runsAt(model.hoursOf(LocalDate.of(2026, 11, 1)), 15)).hasSize(1);
    assertThat(runsAt(model.hoursOf(LocalDate.of(2026, 11, 1)), 14)).isEmpty();
  }

  @Test
  void aDailyRangeCalendarShadesTheHoursItCoversWhollyOrPartly() {
    model.reload();
    model.modeProperty().set(Mode.DAY);
    model.selectedDayProperty().set(LocalDate.of(2026, 3, 12));
    model
        .exclusionProperty()
        .set(CalendarSpec.daily("lunch", ZONE, LocalTime.of(12, 30), LocalTime.of(14, 0)));
    assertThat(model.hours())
        .extracting(HourSlot::exclusion)
        .containsSubsequence(Exclusion.NONE, Exclusion.PART, Exclusion.WHOLE, Exclusion.NONE);
    assertThat(model.hours().get(12).exclusion()).isEqualTo(Exclusion.PART);
    assertThat(model.hours().get(13).exclusion()).isEqualTo(Exclusion.WHOLE);
    assertThat(model.hours().get(14).exclusion()).isEqualTo(Exclusion.NONE);
    assertThat(model.cell(LocalDate.of(2026, 3, 12)).exclusion()).isEqualTo(Exclusion.PART);
    model
        .exclusionProperty()
        .set(
            CalendarSpec.daily("night", ZoneId.of("UTC"), LocalTime.of(22, 0), LocalTime.of(2, 0)));
    assertThat(model.hours())
        .filteredOn(h -> h.exclusion() == Exclusion.WHOLE)
        .extracting(HourSlot::clockHour)
        .as("22:00-02:00 UTC is 23:00-03:00 in Berlin, across midnight")
        .containsExactly(0, 1, 2, 23);
  }

  @Test
  void aDaysListHasAllItsRunsAndARunOfADeletedTaskCannotBeOpened() {
    cron("Every minute", "0 * * * * ?", ZONE);
    Instant morning = Instant.parse("2026-03-10T06:00:00Z");
    tasks.record(
        new Execution(
            9,
            java.util.UUID.randomUUID(),
            1,
            "n",
            morning,
            morning,
            morning,
            ExecutionStatus.SUCCESS,
            0,
            null,
            null,
            null));
    model.reload();
    model.modeProperty().set(Mode.DAY);
    model.selectedDayProperty().set(LocalDate.of(2026, 3, 11));
    assertThat(model.dayRuns()).hasSize(1440);
    model.selectedRunProperty().set(model.dayRuns().get(0));
    assertThat(model.canOpenTask().get()).isTrue();
    model.selectedDayProperty().set(LocalDate.of(2026, 3, 10));
    assertThat(model.selectedRunProperty().get()).as("not on the new day").isNull();
    DayRun deleted = model.dayRuns().get(0);
    assertThat(deleted.taskDeleted()).isTrue();
    model.selectedRunProperty().set(deleted);
    assertThat(model.canOpenTask().get()).isFalse();
  }

  @Test
  void aRangeWithoutRunsSaysSo() {
    model.reload();
    model.modeProperty().set(Mode.WEEK);
    assertThat(model.emptyNoteProperty().get())
        .isEqualTo(
            "No task is scheduled to run in this week and the execution log has nothing for it.");
    dailyAtTwo();
    model.reload();
    assertThat(model.emptyNoteProperty().get()).isEmpty();
  }

  @Test
  void runsThatFinishRefreshARangeWithTodayOnceABurstAndChangedTasksAtOnce() {
    Task t = dailyAtTwo();
    model.reload();
    LocalDate today = LocalDate.of(2026, 3, 10);
    Instant early = NOW.minusSeconds(3600);
    Execution ran =
        new Execution(
            5,
            t.id(),
            1,
            "n",
            early,
            early,
            early.plusSeconds(2),
            ExecutionStatus.SUCCESS,
            0,
            null,
            null,
            null);
    tasks.record(ran);
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(ran)));
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(ran)));
    assertThat(executor.pendingDelayed()).as("one refresh for the burst").isEqualTo(1);
    assertThat(model.cell(today).succeeded()).isZero();
    executor.runDelayed();
    assertThat(model.cell(today).succeeded()).isEqualTo(1);
    model.next();
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(ran)));
    assertThat(executor.pendingDelayed()).as("April does not include today").isZero();
    cron("Another", "0 0 3 * * ?", ZONE);
    model.onEvents(List.of(new TaskEvent.TasksChanged(1)));
    assertThat(model.cell(LocalDate.of(2026, 4, 2)).total()).isEqualTo(2);
  }

  @Test
  void theWeekAndDayViewsOpenAtTheHourBeforeNowOrAtTheFirstRun() {
    dailyAtTwo();
    model.reload();
    model.modeProperty().set(Mode.DAY);
    assertThat(HourScroll.hourToShow(model.hours(), NOW)).as("09:00 Berlin is now").isEqualTo(8);
    model.next();
    assertThat(HourScroll.hourToShow(model.hours(), NOW)).as("tomorrow's first run").isEqualTo(2);
    assertThat(HourScroll.hourToShow(List.of(), NOW)).isZero();
  }
}
