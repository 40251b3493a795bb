package io.taskdeck.ui.dashboard;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Figures the dashboard derives from the execution log: outcomes in the last 24 hours, executions
 * per minute over the last hour by outcome, and the p95 start delay over the last hour.
 *
 * @param perMinute for each outcome, 60 counts: index 0 is the minute 59 minutes ago, 59 the current minute
 * @param startDelayP95 null when no attempt started in the last hour
 */
public record ExecutionStats(
    long succeeded24h, long failed24h, Map<Outcome, int[]> perMinute, Duration startDelayP95, int startedLastHour) {

  public static final int MINUTES = 60;

  /** How the chart groups execution statuses. */
  public enum Outcome {
    SUCCESS, FAILED, RETRIED, MISSED;

    static Outcome of(ExecutionStatus s) {
      return switch (s) {
        case SUCCESS -> SUCCESS;
        case RETRIED -> RETRIED;
        case MISSED -> MISSED;
        case FAILED, TIMED_OUT, INTERRUPTED, STOPPED -> FAILED;
        case RUNNING -> null;
      };
    }
  }

  public static boolean isFailure(ExecutionStatus s) {
    return Outcome.of(s) == Outcome.FAILED;
  }

  /** Computes the figures from executions (any order) relative to {@code now}. */
  public static ExecutionStats of(List<Execution> executions, Instant now) {
    Instant dayAgo = now.minus(Duration.ofHours(24));
    Instant currentMinute = now.truncatedTo(ChronoUnit.MINUTES);
    Instant hourStart = currentMinute.minus(Duration.ofMinutes(MINUTES - 1));
    Map<Outcome, int[]> perMinute = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      perMinute.put(o, new int[MINUTES]);
    }
    long ok = 0;
    long failed = 0;
    long[] delays = new long[executions.size()];
    int delayCount = 0;
    for (Execution e : executions) {
      Instant at = e.finishedAt() != null ? e.finishedAt() : e.startedAt();
      Outcome outcome = Outcome.of(e.status());
      if (at == null || outcome == null || at.isAfter(now)) {
        continue;
      }
      if (!at.isBefore(dayAgo)) {
        ok += outcome == Outcome.SUCCESS ? 1 : 0;
        failed += outcome == Outcome.FAILED ? 1 : 0;
      }
      if (!at.isBefore(hourStart)) {
        int index = (int) Duration.between(hourStart, at.truncatedTo(ChronoUnit.MINUTES)).toMinutes();
        perMinute.get(outcome)[index]++;
      }
      if (e.startedAt() != null && e.scheduledFor() != null && !e.startedAt().isBefore(now.minus(Duration.ofHours(1)))) {
        delays[delayCount++] = Math.max(0, Duration.between(e.scheduledFor(), e.startedAt()).toMillis());
      }
    }
    return new ExecutionStats(ok, failed, perMinute, percentile95(delays, delayCount), delayCount);
  }

  /** Nearest-rank p95 of the first {@code n} values; null when n is 0. */
  static Duration percentile95(long[] values, int n) {
    if (n == 0) {
      return null;
    }
    long[] sorted = java.util.Arrays.copyOf(values, n);
    java.util.Arrays.sort(sorted);
    int rank = (int) Math.ceil(0.95 * n);
    return Duration.ofMillis(sorted[Math.max(0, rank - 1)]);
  }

  public int[] counts(Outcome outcome) {
    return Objects.requireNonNull(perMinute.get(outcome));
  }
}
