package io.taskdeck.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.ui.dashboard.ExecutionStats.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionStatsTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:20Z");

  static Execution run(ExecutionStatus status, Instant due, Duration delay, Duration took) {
    Instant started = due.plus(delay);
    return new Execution(1, UUID.randomUUID(), 1, "n1", due, started, started.plus(took), status, null, null, null,
        status == ExecutionStatus.SUCCESS ? null : "boom");
  }

  @Test
  void countsSuccessesAndFailuresOfTheLast24HoursOnly() {
    List<Execution> runs = List.of(
        run(ExecutionStatus.SUCCESS, NOW.minusSeconds(60), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.TIMED_OUT, NOW.minus(Duration.ofHours(3)), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.FAILED, NOW.minus(Duration.ofHours(23)), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.SUCCESS, NOW.minus(Duration.ofHours(25)), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.RETRIED, NOW.minus(Duration.ofHours(1)), Duration.ZERO, Duration.ofSeconds(1)));
    ExecutionStats stats = ExecutionStats.of(runs, NOW);
    assertThat(stats.succeeded24h()).isEqualTo(1);
    assertThat(stats.failed24h()).isEqualTo(2);
  }

  @Test
  void bucketsTheLastHourByMinuteOfFinishAndByOutcome() {
    List<Execution> runs = List.of(
        run(ExecutionStatus.SUCCESS, NOW.minusSeconds(5), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.SUCCESS, NOW.minusSeconds(10), Duration.ZERO, Duration.ofSeconds(1)),
        run(ExecutionStatus.FAILED, NOW.minus(Duration.ofMinutes(59)), Duration.ZERO, Duration.ZERO),
        run(ExecutionStatus.MISSED, NOW.minus(Duration.ofMinutes(61)), Duration.ZERO, Duration.ZERO));
    ExecutionStats stats = ExecutionStats.of(runs, NOW);
    assertThat(stats.counts(Outcome.SUCCESS)[59]).isEqualTo(2);
    assertThat(stats.counts(Outcome.FAILED)[0]).isEqualTo(1);
    assertThat(stats.counts(Outcome.MISSED)).containsOnly(0);
  }

  @Test
  void startDelayP95IsTheNearestRankOverAttemptsStartedInTheLastHour() {
    List<Execution> runs = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      runs.add(run(ExecutionStatus.SUCCESS, NOW.minus(Duration.ofMinutes(30)), Duration.ofMillis(i * 10L), Duration.ZERO));
    }
    runs.add(run(ExecutionStatus.SUCCESS, NOW.minus(Duration.ofHours(2)), Duration.ofHours(1).minusMinutes(5), Duration.ZERO));
    ExecutionStats stats = ExecutionStats.of(runs, NOW);
    assertThat(stats.startDelayP95()).isEqualTo(Duration.ofMillis(950));
    assertThat(stats.startedLastHour()).isEqualTo(100);
  }

  @Test
  void noStartsInTheLastHourMeansNoStartDelay() {
    assertThat(ExecutionStats.of(List.of(), NOW).startDelayP95()).isNull();
  }
}
