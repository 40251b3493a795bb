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
    assertThat(text.describe(Schedule.Interval.every(Duration.ofMinutes(5))))
        .isEqualTo("every 5 min");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofHours(1)))).isEqualTo("every 1 h");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofSeconds(30))))
        .isEqualTo("every 30 s");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofDays(2))))
        .isEqualTo("every 2 days");
    assertThat(text.describe(Schedule.Interval.every(Duration.ofMinutes(90))))
        .isEqualTo("every 1 h 30 min");
  }

  @Test
  void cronReadsInWordsWithItsZoneAndNotAsAnExpression() {
    assertThat(text.describe(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin"))))
        .isEqualTo("at 02:00 every day (Europe/Berlin)");
    assertThat(text.describe(new Schedule.Cron("0 0/15 9-17 ? * MON-FRI", ZoneOffset.UTC)))
        .isEqualTo(
            "every 15 minutes every hour between 9 and 17 every day between Monday and Friday (Z)");
  }

  @Test
  void aFiveFieldUnixCronGetsItsQuartzForm() {
    assertThat(CronWords.quartzFormOfUnix("*/5 9-17 * * 1-5")).hasValue("0 */5 9-17 ? * 2-6 *");
    assertThat(CronWords.quartzFormOfUnix("0 0 2 * * ?")).isEmpty();
    assertThat(CronWords.describe("not a cron")).isEmpty();
  }

  @Test
  void onceShowsItsTimeOrRightAway() {
    assertThat(text.describe(Schedule.Once.now())).isEqualTo("once, right away");
    assertThat(text.describe(new Schedule.Once(Instant.parse("2026-03-03T12:00:00Z"))))
        .isEqualTo("once at Mar 3, 12:00");
  }

  @Test
  void anIntervalSaysItsStartEndAndRepeatCount() {
    Schedule.Interval i =
        new Schedule.Interval(
            Duration.ofMinutes(5),
            Instant.parse("2026-03-03T12:00:00Z"),
            Instant.parse("2026-03-06T12:00:00Z"),
            10);
    assertThat(ScheduleText.intervalWords(i, new Formats(ZoneOffset.UTC), false))
        .isEqualTo("Every 5 min, from Mar 3, 12:00, until Mar 6, 12:00, at most 10 times");
    assertThat(
            ScheduleText.intervalWords(
                Schedule.Interval.every(Duration.ofMinutes(5)), new Formats(ZoneOffset.UTC), true))
        .isEqualTo("Every 5 min, starting when saved");
  }
}
