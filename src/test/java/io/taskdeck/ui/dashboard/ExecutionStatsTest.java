package io.taskdeck.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.ui.dashboard.ExecutionStats.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExecutionStatsTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:20Z");
  private static final TaskStatistics.Histogram NONE =
      new TaskStatistics.Histogram(Map.of(), new TreeMap<>());

  @Test
  void theDaysTotalsCountSuccessesAndEveryKindOfFailure() {
    TaskStatistics.Histogram day =
        new TaskStatistics.Histogram(
            Map.of(
                ExecutionStatus.SUCCESS,
                30_000L,
                ExecutionStatus.FAILED,
                4L,
                ExecutionStatus.TIMED_OUT,
                2L,
                ExecutionStatus.INTERRUPTED,
                1L,
                ExecutionStatus.RETRIED,
                9L),
            new TreeMap<>());
    ExecutionStats stats =
        ExecutionStats.of(day, NONE, new TaskStatistics.StartDelays(0, null), NOW);
    assertThat(stats.succeeded24h()).isEqualTo(30_000);
    assertThat(stats.failed24h()).isEqualTo(7);
    assertThat(stats.startDelayP95()).isNull();
  }

  @Test
  void theHoursBucketsLandOnTheirMinuteByOutcome() {
    TreeMap<Instant, Map<ExecutionStatus, Long>> buckets = new TreeMap<>();
    Instant first = ExecutionStats.hourStart(NOW);
    buckets.put(first, Map.of(ExecutionStatus.SUCCESS, 3L));
    buckets.put(
        Instant.parse("2026-03-02T09:30:00Z"),
        Map.of(ExecutionStatus.TIMED_OUT, 2L, ExecutionStatus.MISSED, 1L));
    buckets.put(first.minus(Duration.ofMinutes(1)), Map.of(ExecutionStatus.SUCCESS, 99L));
    ExecutionStats stats =
        ExecutionStats.of(
            NONE,
            new TaskStatistics.Histogram(Map.of(), buckets),
            new TaskStatistics.StartDelays(12, Duration.ofMillis(950)),
            NOW);
    assertThat(first).isEqualTo(Instant.parse("2026-03-02T08:31:00Z"));
    assertThat(stats.counts(Outcome.SUCCESS)[0]).isEqualTo(3);
    assertThat(stats.counts(Outcome.FAILED)[59]).isEqualTo(2);
    assertThat(stats.counts(Outcome.MISSED)[59]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(stats.counts(Outcome.SUCCESS)).sum())
        .as("the bucket before the hour is left out")
        .isEqualTo(3);
    assertThat(stats.startDelayP95()).isEqualTo(Duration.ofMillis(950));
    assertThat(stats.startedLastHour()).isEqualTo(12);
  }
}
