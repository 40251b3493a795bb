package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Schedule;
import io.taskdeck.ui.common.Formats;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTextTest {
  private final ScheduleText text = new ScheduleText(new Formats(ZoneOffset.UTC));

  @Test
  void intervalsReadAsEveryNUnits() {
    assertThat(text.describe(Schedule.Interval.every(Duration.ofMinutes(5)))).isEqualTo("every 5 min");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofHours(1)))).isEqualTo("every 1 h");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofSeconds(30)))).isEqualTo("every 30 s");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofDays(2)))).isEqualTo("every 2 days");
  }

  @Test
  void cronShowsTheExpressionZoneAndAPlainDescription() {
    assertThat(text.describe(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin"))))
        .isEqualTo("cron 0 0 2 * * ? (Europe/Berlin) — at 02:00 every day");
    assertThat(text.describe(new Schedule.Cron("0 */15 * ? * MON-FRI", ZoneOffset.UTC)))
        .isEqualTo("cron 0 */15 * ? * MON-FRI (Z) — every 15 minutes on weekdays");
    assertThat(text.describe(new Schedule.Cron("0 0 12 1/2 * ?", ZoneOffset.UTC)))
        .isEqualTo("cron 0 0 12 1/2 * ? (Z)");
  }

  @Test
  void onceShowsItsTimeOrRightAway() {
    assertThat(text.describe(Schedule.Once.now())).isEqualTo("once, right away");
    assertThat(text.describe(new Schedule.Once(Instant.parse("2026-03-03T12:00:00Z")))).isEqualTo("once at Mar 3, 12:00");
  }

  @Test
  void cronTextCoversTheCommonShapes() {
    assertThat(CronText.describe("0 30 9 ? * MON,WED")).contains("at 09:30 on Mon, Wed");
    assertThat(CronText.describe("0 0 6 1 * ?")).contains("at 06:00 on day 1 of the month");
    assertThat(CronText.describe("0 5 * * * ?")).contains("every hour at :05 every day");
    assertThat(CronText.describe("*/10 * * * * ?")).contains("every 10 seconds every day");
    assertThat(CronText.describe("0 0 0 L * ?")).contains("at 00:00 on the last day of the month");
    assertThat(CronText.describe("not a cron")).isEmpty();
  }
}
