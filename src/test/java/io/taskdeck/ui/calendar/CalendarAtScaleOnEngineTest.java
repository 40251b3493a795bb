package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "silent caps": the calendar counted only the 1,000 newest live tasks, so one-time tasks
 * went missing. Every live task counts now, one-time and recurring.
 */
@Tag("db")
class CalendarAtScaleOnEngineTest {
  @TempDir Path dir;

  @Test
  void tomorrowCountsEveryOneTimeAndEveryRecurringTaskBeyondAThousand() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      ZoneId zone = ZoneOffset.UTC;
      LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
      List<TaskSpec> specs = new ArrayList<>();
      for (int i = 0; i < 1_150; i++) {
        specs.add(
            TaskSpec.builder()
                .name("export " + i)
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Once(tomorrow.atTime(9, i % 60).atZone(zone).toInstant()))
                .build());
      }
      for (int i = 0; i < 1_050; i++) {
        specs.add(
            TaskSpec.builder()
                .name("nightly " + i)
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 0 2 * * ?", zone))
                .build());
      }
      backend.tasks().scheduleAll(specs);
      CalendarViewModel model =
          new CalendarViewModel(
              backend.tasks(),
              backend.statistics(),
              backend.calendars(),
              new SyncUiExecutor(),
              Clock.system(zone),
              zone);
      model.selectedDayProperty().set(tomorrow);
      model.reload();
      assertThat(model.errorProperty().get()).isNull();
      DayCell cell = model.cell(tomorrow);
      assertThat(cell.total()).isEqualTo(1_150 + 1_050);
      assertThat(model.dayTotalProperty().get()).isEqualTo(2_200);
      assertThat(model.dayRuns())
          .filteredOn(r -> r.count() == 1_050)
          .singleElement()
          .satisfies(r -> assertThat(r.taskName()).endsWith(" and 1,049 more"));
      assertThat(model.dayRuns().stream().mapToLong(DayRun::count).sum()).isEqualTo(2_200);
    }
  }
}
