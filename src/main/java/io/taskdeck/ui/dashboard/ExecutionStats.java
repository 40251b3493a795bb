package io.taskdeck.ui.dashboard;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard's figures of the execution log, all aggregated by the database over every row:
 * outcomes in the last 24 hours, executions per minute over the last hour by outcome, and the p95
 * start delay over the last hour.
 *
 * @param perMinute for each outcome, 60 counts: index 0 is the minute 59 minutes ago, 59 the
 *     current minute
 * @param startDelayP95 null when no attempt started in the last hour
 */
public record ExecutionStats(
    long succeeded24h,
    long failed24h,
    Map<Outcome, int[]> perMinute,
    Duration startDelayP95,
    int startedLastHour) {

  public static final int MINUTES = 60;

  /** How the chart groups execution statuses. */
  public enum Outcome {
    SUCCESS,
    FAILED,
    RETRIED,
    MISSED;

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

  /**
   * The figures from the database's aggregates: {@code day} over the last 24 hours (its totals),
   * {@code hour} per minute over the last hour, and the start delays of the last hour.
   */
  public static ExecutionStats of(
      TaskStatistics.Histogram day,
      TaskStatistics.Histogram hour,
      TaskStatistics.StartDelays delays,
      Instant now) {
    Instant hourStart = hourStart(now);
    Map<Outcome, int[]> perMinute = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      perMinute.put(o, new int[MINUTES]);
    }
    hour.buckets()
        .forEach(
            (start, byStatus) -> {
              int index = (int) Duration.between(hourStart, start).toMinutes();
              if (index >= 0 && index < MINUTES) {
                byStatus.forEach(
                    (status, n) -> {
                      Outcome o = Outcome.of(status);
                      if (o != null) {
                        perMinute.get(o)[index] += (int) Math.min(Integer.MAX_VALUE, n);
                      }
                    });
              }
            });
    long ok = 0;
    long failed = 0;
    for (Map.Entry<ExecutionStatus, Long> e : day.totals().entrySet()) {
      ok += Outcome.of(e.getKey()) == Outcome.SUCCESS ? e.getValue() : 0;
      failed += Outcome.of(e.getKey()) == Outcome.FAILED ? e.getValue() : 0;
    }
    return new ExecutionStats(
        ok, failed, perMinute, delays.p95(), (int) Math.min(Integer.MAX_VALUE, delays.started()));
  }

  /** The start of the chart's first minute: 59 minutes before the current one. */
  public static Instant hourStart(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(MINUTES - 1));
  }

  public int[] counts(Outcome outcome) {
    return Objects.requireNonNull(perMinute.get(outcome));
  }
}
