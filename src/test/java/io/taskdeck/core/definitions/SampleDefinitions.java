package io.taskdeck.core.definitions;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskSpec;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A definitions file with one task of each type and schedule kind, and two calendars. */
public final class SampleDefinitions {
  private SampleDefinitions() {}

  public static CalendarSpec holidays() {
    return CalendarSpec.holidays(
            "holidays",
            ZoneId.of("Europe/Berlin"),
            List.of(LocalDate.parse("2030-12-25"), LocalDate.parse("2030-12-26")))
        .withDescription("office closed");
  }

  public static CalendarSpec weekends() {
    return CalendarSpec.weekly(
        "weekends", ZoneId.of("UTC"), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  public static TaskSpec backup() {
    return TaskSpec.builder()
        .name("backup")
        .group("ops")
        .description("nightly dump")
        .payload(
            new ShellPayload(
                "pg_dump shop > /tmp/shop.sql", "/tmp", Map.of("PGHOST", "db", "B", "2"), Set.of()))
        .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")))
        .priority(8)
        .retry(new RetryPolicy(5, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(30), 0.25))
        .misfire(MisfirePolicy.SKIP)
        .calendar("holidays")
        .timeout(Duration.ofMinutes(20))
        .build();
  }

  public static TaskSpec ping() {
    return TaskSpec.builder()
        .name("ping")
        .group("ops")
        .payload(
            new HttpPayload(
                "POST",
                "https://example.invalid/hook",
                Map.of("X-Env", "prod"),
                "{\"a\":1}",
                StatusRange.parse("200-204")))
        .schedule(
            new Schedule.Interval(
                Duration.ofMinutes(5), Instant.parse("2031-01-01T00:00:00Z"), null, 100))
        .calendar("weekends")
        .build();
  }

  public static TaskSpec marker() {
    return TaskSpec.builder()
        .name("release marker")
        .schedule(new Schedule.Once(Instant.parse("2031-06-01T12:00:00Z")))
        .build();
  }

  public static Definitions all() {
    return Definitions.of(List.of(holidays(), weekends()), List.of(backup(), ping(), marker()));
  }
}
