package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Execution;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exclusion calendars: what they keep tasks from, the preview, and deletion rules. */
abstract class CalendarContractTest extends EngineContractBase {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneOffset UTC = ZoneOffset.UTC;

  CalendarService calendars;

  @BeforeEach
  void openCalendars() {
    calendars = h.engine().calendars();
  }

  @Test
  void aCalendarThatExcludesTodayKeepsATaskFromFiringToday() {
    DayOfWeek today = LocalDate.now(UTC).getDayOfWeek();
    calendars.saveCalendar(CalendarSpec.weekly("not today", UTC, Set.of(today)));
    Task blocked =
        tasks.schedule(
            TestTasks.noop("blocked")
                .schedule(Schedule.Interval.every(Duration.ofSeconds(1)))
                .calendar("not today")
                .build());
    Task control =
        tasks.schedule(
            TestTasks.noop("control")
                .schedule(Schedule.Interval.every(Duration.ofSeconds(1)))
                .build());

    await().atMost(WAIT).until(() -> h.executions(control.id()).size() >= 3);
    assertThat(h.executions(blocked.id())).isEmpty();
    Instant tomorrow = LocalDate.now(UTC).plusDays(1).atStartOfDay(UTC).toInstant();
    assertThat(tasks.get(blocked.id()).nextRun()).isAfterOrEqualTo(tomorrow);
  }

  @Test
  void thePreviewMatchesWhatActuallyFires() {
    calendars.saveCalendar(CalendarSpec.cron("even seconds", UTC, "0/2 * * * * ?"));
    Schedule everySecond = new Schedule.Cron("* * * * * ?", UTC);
    Instant from = Instant.now().plusSeconds(1);
    List<Instant> preview = tasks.previewFireTimes(everySecond, "even seconds", from, 3);
    Task task =
        tasks.schedule(
            TestTasks.noop("odd").schedule(everySecond).calendar("even seconds").build());

    await().atMost(WAIT).until(() -> h.executions(task.id()).size() >= 4);
    List<Instant> fired = h.executions(task.id()).stream().map(Execution::scheduledFor).toList();
    assertThat(fired).allMatch(t -> t.getEpochSecond() % 2 == 1);
    assertThat(preview).allMatch(t -> t.getEpochSecond() % 2 == 1);
    assertThat(fired).containsAnyElementsOf(preview);
  }

  @Test
  void thePreviewSkipsHolidaysInTheCalendarsZone() {
    calendars.saveCalendar(
        CalendarSpec.holidays("christmas", BERLIN, List.of(LocalDate.of(2026, 12, 25))));

    List<Instant> next =
        tasks.previewFireTimes(
            new Schedule.Cron("0 0 9 * * ?", BERLIN),
            "christmas",
            Instant.parse("2026-12-24T00:00:00Z"),
            3);

    assertThat(next)
        .containsExactly(
            Instant.parse("2026-12-24T08:00:00Z"),
            Instant.parse("2026-12-26T08:00:00Z"),
            Instant.parse("2026-12-27T08:00:00Z"));
  }

  @Test
  void aDailyRangeOverMidnightIsExcluded() {
    calendars.saveCalendar(
        CalendarSpec.daily("quiet nights", UTC, LocalTime.of(22, 0), LocalTime.of(6, 0)));

    List<Instant> next =
        tasks.previewFireTimes(
            Schedule.Interval.every(Duration.ofHours(2))
                .withStart(Instant.parse("2026-05-01T18:00:00Z")),
            "quiet nights",
            Instant.parse("2026-05-01T18:00:00Z"),
            4);

    assertThat(next)
        .containsExactly(
            Instant.parse("2026-05-01T18:00:00Z"), Instant.parse("2026-05-01T20:00:00Z"),
            Instant.parse("2026-05-02T06:00:00Z"), Instant.parse("2026-05-02T08:00:00Z"));
  }

  /**
   * Daylight-saving time, as Quartz's CronExpression does it: 02:30 does not exist in Berlin on
   * 2026-03-29, so the task does not run that day at all; on 2026-10-25 02:30 exists twice and the
   * task runs once, at the second (CET, 01:30 UTC) one.
   */
  @Test
  void cronTimesThatDaylightSavingSkipsOrRepeatsRunOnceADay() {
    Schedule at0230 = new Schedule.Cron("0 30 2 * * ?", BERLIN);

    List<Instant> spring =
        tasks.previewFireTimes(at0230, null, Instant.parse("2026-03-28T00:00:00Z"), 3);
    List<Instant> autumn =
        tasks.previewFireTimes(at0230, null, Instant.parse("2026-10-24T00:00:00Z"), 3);

    assertThat(spring)
        .containsExactly(
            Instant.parse("2026-03-28T01:30:00Z"),
            Instant.parse("2026-03-30T00:30:00Z"),
            Instant.parse("2026-03-31T00:30:00Z"));
    assertThat(autumn)
        .containsExactly(
            Instant.parse("2026-10-24T00:30:00Z"),
            Instant.parse("2026-10-25T01:30:00Z"),
            Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void deletingACalendarThatTasksUseIsRefusedNamingThem() {
    calendars.saveCalendar(
        CalendarSpec.weekly("weekends", UTC, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
            .withDescription("no work"));
    Instant nextWednesday =
        LocalDate.now(UTC)
            .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
            .atTime(12, 0)
            .toInstant(UTC);
    Task user =
        tasks.schedule(
            TestTasks.noop("weekday job")
                .schedule(new Schedule.Once(nextWednesday))
                .calendar("weekends")
                .build());
    Instant nextSaturday =
        LocalDate.now(UTC)
            .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY))
            .atTime(12, 0)
            .toInstant(UTC);
    assertThatThrownBy(
            () ->
                tasks.schedule(
                    TestTasks.noop("weekend job")
                        .schedule(new Schedule.Once(nextSaturday))
                        .calendar("weekends")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("never");

    assertThat(calendars.calendarUsages("weekends")).containsExactly(user.id());
    assertThatThrownBy(() -> calendars.deleteCalendar("weekends"))
        .isInstanceOf(IllegalStateChangeException.class)
        .hasMessageContaining(user.id().toString());

    tasks.cancel(user.id());
    calendars.deleteCalendar("weekends");
    assertThat(calendars.calendars()).isEmpty();
    assertThatThrownBy(() -> tasks.schedule(TestTasks.noop("late").calendar("weekends").build()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void calendarsAreStoredAsDefinedAndInvalidOnesAreRejectedNamingTheField() {
    CalendarSpec saved =
        calendars.saveCalendar(
            CalendarSpec.holidays("h", BERLIN, List.of(LocalDate.of(2026, 1, 1)))
                .withDescription("new year"));

    assertThat(calendars.findCalendar("h")).contains(saved);
    assertThat(saved.dates()).containsExactly(LocalDate.of(2026, 1, 1));
    assertThat(saved.zone()).isEqualTo(BERLIN);
    assertThatThrownBy(() -> calendars.saveCalendar(CalendarSpec.cron("bad", UTC, "not cron")))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("expression");
  }
}
