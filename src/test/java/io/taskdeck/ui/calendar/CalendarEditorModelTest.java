package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalendarEditorModelTest {
  private final FakeTaskService tasks = new FakeTaskService(Clock.systemUTC());
  private final FakeCalendarService calendars = new FakeCalendarService(tasks);
  private final CalendarEditorModel model =
      new CalendarEditorModel(tasks, calendars, new SyncUiExecutor());
  private final AtomicInteger changes = new AtomicInteger();

  @Test
  void importedDatesAreParsedSortedAndDeduplicated() {
    assertThat(CalendarEditorModel.parseDates("2026-12-26, 2026-12-25\n2026-12-25  2027-01-01"))
        .containsExactly(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));
  }

  @Test
  void aBadDateNamesTheFieldAndSavesNothing() {
    model.newCalendar();
    model.nameProperty().set("holidays");
    model.datesProperty().set("2026-12-25\n2026-13-01");
    model.save(changes::incrementAndGet);
    assertThat(model.errorProperty().get()).startsWith("dates: ").contains("2026-13-01");
    assertThat(calendars.calendars()).isEmpty();
    assertThat(changes).hasValue(0);
  }

  @Test
  void aWeeklyCalendarIsSavedWithItsDaysAndZone() {
    model.newCalendar();
    model.nameProperty().set("weekends");
    model.kindProperty().set(CalendarKind.WEEKLY);
    model.zoneProperty().set("Europe/Berlin");
    model.weekdays().addAll(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    model.save(changes::incrementAndGet);
    CalendarSpec saved = calendars.findCalendar("weekends").orElseThrow();
    assertThat(saved.excludedDays())
        .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(model.calendars()).extracting(CalendarSpec::name).containsExactly("weekends");
    assertThat(changes).hasValue(1);
  }

  @Test
  void anUnknownZoneNamesTheZoneField() {
    model.newCalendar();
    model.nameProperty().set("x");
    model.zoneProperty().set("Mars/Olympus");
    model.save(changes::incrementAndGet);
    assertThat(model.errorProperty().get()).startsWith("zone: ");
  }

  @Test
  void aCalendarInUseShowsItsTasksAndDeletingItIsRefusedNamingThem() {
    calendars.saveCalendar(
        CalendarSpec.holidays("holidays", ZoneId.of("UTC"), List.of(LocalDate.of(2026, 12, 25))));
    tasks.schedule(
        TaskSpec.builder()
            .name("Payroll export")
            .payload(ShellPayload.of("true"))
            .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("UTC")))
            .calendar("holidays")
            .build());
    model.load();
    model.select(model.calendars().get(0));
    assertThat(model.usagesProperty().get()).isEqualTo("Used by Payroll export");
    model.delete(changes::incrementAndGet);
    assertThat(model.errorProperty().get())
        .isEqualTo("Cannot delete holidays: calendar 'holidays' is used by Payroll export");
    assertThat(calendars.findCalendar("holidays")).isPresent();
    assertThat(changes).hasValue(0);
  }
}
