package io.taskdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where the recurring scenario's occurrences fall. Task {@code i} of {@code n}, every {@code
 * every}, has the phase {@code i × every / n} from a common epoch, so the n tasks come due evenly
 * over each period (n / every occurrences a second) instead of all at once. Each task is anchored
 * (its {@code start_at}) at the first time of its phase that is not before a given instant: the
 * time its batch is created plus a lead, so no task starts in the past. Millisecond precision, as
 * every engine stores its fire times.
 */
record RecurringPlan(Instant epoch, Duration every, int tasks) {

  RecurringPlan {
    epoch = epoch.truncatedTo(ChronoUnit.MILLIS);
    if (every.toMillis() < 1 || tasks < 1) {
      throw new IllegalArgumentException(
          "a plan needs a period of at least 1 ms and at least one task");
    }
  }

  /** The first instant of task {@code index}'s phase at or after {@code notBefore}. */
  Instant anchor(int index, Instant notBefore) {
    long first = epoch.toEpochMilli() + phaseMillis(index);
    return Instant.ofEpochMilli(firstAtOrAfter(first, every.toMillis(), ceilMillis(notBefore)));
  }

  /** The first of {@code start + k × period} (k ≥ 0) at or after {@code notBefore}, in ms. */
  static long firstAtOrAfter(long start, long period, long notBefore) {
    long behind = notBefore - start;
    return behind <= 0 ? start : start + ((behind + period - 1) / period) * period;
  }

  /** {@code t} in epoch milliseconds, rounded up. */
  static long ceilMillis(Instant t) {
    return t.toEpochMilli() + (t.getNano() % 1_000_000 == 0 ? 0 : 1);
  }

  /** Task {@code index}'s offset within the period. */
  long phaseMillis(int index) {
    if (index < 0 || index >= tasks) {
      throw new IllegalArgumentException("task index " + index + " is outside 0.." + (tasks - 1));
    }
    return Math.floorMod((long) index * every.toMillis() / tasks, every.toMillis());
  }
}
