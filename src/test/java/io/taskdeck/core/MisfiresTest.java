package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Misfires.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The misfire table of docs/engine.md. */
class MisfiresTest {
  static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  static final Duration MINUTE = Duration.ofMinutes(1);
  static final Duration THRESHOLD = Duration.ofSeconds(60);
  static final Occurrences EVERY_MINUTE = new EveryOccurrences(T0, MINUTE, null);

  static Task task(Schedule schedule, MisfirePolicy policy) {
    TaskSpec spec = TaskSpec.builder().name("t").schedule(schedule).misfire(policy).build();
    return new Task(UUID.randomUUID(), spec, TaskStatus.SCHEDULED, null, null, 0, T0, T0);
  }

  static Task recurring(MisfirePolicy policy) {
    return task(Schedule.Interval.every(MINUTE), policy);
  }

  /** Claimed at T0 + 4 min 30 s: the occurrences T0 .. T0+4min passed. */
  static final Instant LATE = T0.plus(Duration.ofSeconds(270));

  @Test
  void anAttemptClaimedWithinTheThresholdRunsAsItIs() {
    Attempt a = Attempt.scheduled(T0);
    Decision d =
        Misfires.decide(
            recurring(MisfirePolicy.SKIP), EVERY_MINUTE, a, T0.plus(THRESHOLD), THRESHOLD);

    assertThat(d.onTime()).isTrue();
    assertThat(d.run()).isEqualTo(a);
  }

  @Test
  void fireNowRunsTheLateOccurrenceWithoutMissedRows() {
    Decision d =
        Misfires.decide(
            recurring(MisfirePolicy.FIRE_NOW),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            LATE,
            THRESHOLD);

    assertThat(d.missed()).isEmpty();
    assertThat(d.run()).isEqualTo(Attempt.scheduled(T0));
  }

  @Test
  void fireOnceMissesAllButTheLastPassedOccurrenceWhichRunsNow() {
    Decision d =
        Misfires.decide(
            recurring(MisfirePolicy.FIRE_ONCE),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            LATE,
            THRESHOLD);

    assertThat(d.missed())
        .containsExactly(
            T0, T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(2)), T0.plus(MINUTE.multipliedBy(3)));
    assertThat(d.run()).isEqualTo(Attempt.scheduled(T0.plus(MINUTE.multipliedBy(4))));
    assertThat(d.truncated()).isFalse();
  }

  @Test
  void skipMissesEveryPassedOccurrenceAndWaitsForTheNextOne() {
    Decision d =
        Misfires.decide(
            recurring(MisfirePolicy.SKIP), EVERY_MINUTE, Attempt.scheduled(T0), LATE, THRESHOLD);

    assertThat(d.missed()).hasSize(5).startsWith(T0).endsWith(T0.plus(MINUTE.multipliedBy(4)));
    assertThat(d.run()).isNull();
    assertThat(d.next()).isEqualTo(Attempt.scheduled(T0.plus(MINUTE.multipliedBy(5))));
    assertThat(d.status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void skipOfARecurringTaskWithNothingLeftCompletesIt() {
    Decision d =
        Misfires.decide(
            recurring(MisfirePolicy.SKIP),
            new EveryOccurrences(T0, MINUTE, 2),
            Attempt.scheduled(T0),
            LATE,
            THRESHOLD);

    assertThat(d.missed()).hasSize(2);
    assertThat(d.next()).isNull();
    assertThat(d.status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void aOneShotRunsNowUnlessItsPolicyIsSkip() {
    Task skip = task(new Schedule.Once(T0), MisfirePolicy.SKIP);
    Decision skipped =
        Misfires.decide(skip, EveryOccurrences.once(T0), Attempt.scheduled(T0), LATE, THRESHOLD);
    Decision fireOnce =
        Misfires.decide(
            task(new Schedule.Once(T0), MisfirePolicy.FIRE_ONCE),
            EveryOccurrences.once(T0),
            Attempt.scheduled(T0),
            LATE,
            THRESHOLD);

    assertThat(skipped.missed()).containsExactly(T0);
    assertThat(skipped.run()).isNull();
    assertThat(skipped.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(fireOnce.run()).isEqualTo(Attempt.scheduled(T0));
    assertThat(fireOnce.missed()).isEmpty();
  }

  @Test
  void retriesRunNowAndRequeuesNeverMisfire() {
    Task skip = recurring(MisfirePolicy.SKIP);
    Attempt retry = Attempt.scheduled(T0).retryAt(T0.plusSeconds(5));
    Attempt runNow = Attempt.extra(Attempt.Kind.RUN_NOW, T0, null);
    Attempt requeue = Attempt.extra(Attempt.Kind.REQUEUE, T0, null);

    for (Attempt a : new Attempt[] {retry, runNow, requeue}) {
      assertThat(Misfires.decide(skip, EVERY_MINUTE, a, LATE, THRESHOLD).onTime()).isTrue();
    }
  }

  @Test
  void missedRowsAreCappedAtFiveHundredPerDecision() {
    Occurrences everySecond = new EveryOccurrences(T0, Duration.ofSeconds(1), null);
    Instant dayLater = T0.plus(Duration.ofDays(1));

    Decision skip =
        Misfires.decide(
            recurring(MisfirePolicy.SKIP), everySecond, Attempt.scheduled(T0), dayLater, THRESHOLD);
    Decision once =
        Misfires.decide(
            recurring(MisfirePolicy.FIRE_ONCE),
            everySecond,
            Attempt.scheduled(T0),
            dayLater,
            THRESHOLD);

    assertThat(skip.missed()).hasSize(Misfires.MAX_ROWS);
    assertThat(skip.truncated()).isTrue();
    assertThat(skip.next()).isEqualTo(Attempt.scheduled(dayLater.plusSeconds(1)));
    assertThat(once.missed()).hasSize(Misfires.MAX_ROWS);
    assertThat(once.truncated()).isTrue();
    assertThat(once.run()).isEqualTo(Attempt.scheduled(dayLater));
  }

  @Property
  void fireOnceAndSkipAccountForEveryPassedOccurrenceExactlyOnce(
      @ForAll @IntRange(min = 61, max = 3000) int lateSeconds) {
    Instant now = T0.plusSeconds(lateSeconds);
    long passed = lateSeconds / 60 + 1; // T0, T0+1m, ... up to now
    Decision once =
        Misfires.decide(
            recurring(MisfirePolicy.FIRE_ONCE),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            now,
            THRESHOLD);
    Decision skip =
        Misfires.decide(
            recurring(MisfirePolicy.SKIP), EVERY_MINUTE, Attempt.scheduled(T0), now, THRESHOLD);

    assertThat(once.missed().size() + 1).isEqualTo(passed);
    assertThat(once.run().occurrence()).isBeforeOrEqualTo(now).isAfter(now.minus(MINUTE));
    assertThat(skip.missed()).hasSize((int) passed).doesNotHaveDuplicates();
    assertThat(skip.next().occurrence()).isAfter(now).isBeforeOrEqualTo(now.plus(MINUTE));
  }
}
