package io.taskdeck.model;

import io.taskdeck.core.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Schedules as the actions generate them: offsets from the moment the action runs, turned into a
 * {@link ModelSchedule} then. Schedules are short (intervals of 1 to 3 s, cron every 1 to 3 s) so
 * that a chain of real time sees many occurrences.
 */
final class Plans {
  /** A schedule relative to the moment it is given to the engine. */
  interface Plan {
    ModelSchedule at(Instant now);

    /**
     * True when the reference model leaves the combination with a calendar out (a repeat count).
     */
    default boolean noCalendar() {
      return false;
    }
  }

  record OncePlan(Long offsetMs) implements Plan {
    @Override
    public ModelSchedule at(Instant now) {
      return new ModelSchedule.Once(offsetMs == null ? null : now.plusMillis(offsetMs));
    }
  }

  record EveryPlan(long everyMs, Long startOffsetMs, Integer repeat) implements Plan {
    @Override
    public ModelSchedule at(Instant now) {
      return new ModelSchedule.Every(
          Duration.ofMillis(everyMs),
          startOffsetMs == null ? null : now.plusMillis(startOffsetMs),
          repeat);
    }

    @Override
    public boolean noCalendar() {
      return repeat
          != null; // whether excluded occurrences count towards the repeat is not written down
    }
  }

  record CronPlan(int seconds) implements Plan {
    @Override
    public ModelSchedule at(Instant now) {
      return new ModelSchedule.CronSeconds(seconds);
    }
  }

  private Plans() {}

  /**
   * Schedules for a new task: once (now or soon), an interval (from its creation or a start), cron.
   */
  static Arbitrary<Plan> forCreate() {
    Arbitrary<Plan> once = Arbitraries.longs().between(0, 3000).injectNull(0.3).map(OncePlan::new);
    Arbitrary<Plan> every =
        Combinators.combine(
                everyMs(),
                Arbitraries.longs().between(0, 2000).injectNull(0.5),
                Arbitraries.integers().between(2, 4).injectNull(0.7))
            .as(EveryPlan::new);
    return Arbitraries.oneOf(once, every, cron());
  }

  /**
   * Schedules for an edit. An interval always names its start: an edit's new schedule runs from the
   * first occurrence after the edit, and this way its occurrences do not depend on the anchor.
   */
  static Arbitrary<Plan> forEdit() {
    Arbitrary<Plan> once = Arbitraries.longs().between(500, 3000).map(OncePlan::new);
    Arbitrary<Plan> every =
        Combinators.combine(everyMs(), Arbitraries.longs().between(0, 2000))
            .as((e, s) -> new EveryPlan(e, s, null));
    return Arbitraries.oneOf(once, every, cron());
  }

  private static Arbitrary<Long> everyMs() {
    return Arbitraries.of(1000L, 1500L, 2000L, 3000L);
  }

  private static Arbitrary<Plan> cron() {
    return Arbitraries.integers().between(1, 3).map(CronPlan::new);
  }

  /** The model's retry policies: one attempt, or two with a 1 s delay. */
  static RetryPolicy retry(int maxAttempts) {
    return new RetryPolicy(maxAttempts, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1), 0.0);
  }
}
