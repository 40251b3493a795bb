package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.SettlementPolicy.Result;
import io.taskdeck.core.SettlementPolicy.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The settlement table of docs/engine.md, row by row, and its invariants over every combination.
 */
class SettlementPolicyTest {
  static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  static final Instant NOW = T0.plusSeconds(7);
  static final Duration MINUTE = Duration.ofMinutes(1);
  static final RetryPolicy THREE =
      new RetryPolicy(3, Duration.ofSeconds(5), 2.0, Duration.ofHours(1), 0.0);

  static Task task(Schedule schedule, TaskStatus status, RetryPolicy retry) {
    TaskSpec spec = TaskSpec.builder().name("t").schedule(schedule).retry(retry).build();
    return new Task(UUID.randomUUID(), spec, status, null, null, 0, T0, T0);
  }

  static Task recurring(TaskStatus status) {
    return task(Schedule.Interval.every(MINUTE), status, THREE);
  }

  static Task oneShot(TaskStatus status) {
    return task(new Schedule.Once(T0), status, THREE);
  }

  static final Occurrences EVERY_MINUTE = new EveryOccurrences(T0, MINUTE, null);

  private static Result settle(Task task, Occurrences occ, Attempt a, ExecutionStatus outcome) {
    return SettlementPolicy.settle(task, occ, a, outcome, Standing.CURRENT, NOW, 0.5);
  }

  @Test
  void successOfARecurringOccurrenceSchedulesTheFirstOccurrenceStrictlyAfterIt() {
    Result r =
        settle(
            recurring(TaskStatus.RUNNING),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            ExecutionStatus.SUCCESS);

    assertThat(r.row()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(r.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(r.next()).isEqualTo(Attempt.scheduled(T0.plus(MINUTE)));
    assertThat(r.deadLetter()).isFalse();
    assertThat(r.lastOutcome()).isEqualTo(ExecutionStatus.SUCCESS);
  }

  @Test
  void successOfTheLastOccurrenceCompletesTheTask() {
    Occurrences three = new EveryOccurrences(T0, MINUTE, 3);
    Result r =
        settle(
            recurring(TaskStatus.RUNNING),
            three,
            Attempt.scheduled(T0.plus(MINUTE.multipliedBy(2))),
            ExecutionStatus.SUCCESS);

    assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(r.next()).isNull();
  }

  @Test
  void successOfAOneShotCompletesIt() {
    Result r =
        settle(
            oneShot(TaskStatus.RUNNING),
            EveryOccurrences.once(T0),
            Attempt.scheduled(T0),
            ExecutionStatus.SUCCESS);

    assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(r.next()).isNull();
  }

  @Test
  void aFailureWithAttemptsLeftRetriesTheSameOccurrenceAfterTheBackoff() {
    Attempt second = Attempt.scheduled(T0).retryAt(T0.plusSeconds(5));
    Result r =
        settle(recurring(TaskStatus.RUNNING), EVERY_MINUTE, second, ExecutionStatus.TIMED_OUT);

    assertThat(r.row()).isEqualTo(ExecutionStatus.RETRIED);
    assertThat(r.status()).isEqualTo(TaskStatus.RETRYING);
    assertThat(r.next())
        .isEqualTo(new Attempt(T0, NOW.plusSeconds(10), 3, Attempt.Kind.SCHEDULED, null));
    assertThat(r.lastOutcome()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(r.attemptsMade()).isEqualTo(2);
    assertThat(r.deadLetter()).isFalse();
  }

  @Test
  void aOneShotWithoutAttemptsLeftFailsWithADeadLetter() {
    Attempt third = new Attempt(T0, NOW, 3, Attempt.Kind.SCHEDULED, null);
    Result r =
        settle(
            oneShot(TaskStatus.RUNNING), EveryOccurrences.once(T0), third, ExecutionStatus.FAILED);

    assertThat(r.row()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(r.next()).isNull();
    assertThat(r.deadLetter()).isTrue();
  }

  @Test
  void aRecurringOccurrenceWithoutAttemptsLeftIsDeadLetteredAndTheScheduleGoesOn() {
    Attempt third = new Attempt(T0, NOW, 3, Attempt.Kind.SCHEDULED, null);
    Result r =
        settle(recurring(TaskStatus.RUNNING), EVERY_MINUTE, third, ExecutionStatus.TIMED_OUT);

    assertThat(r.row()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(r.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(r.next()).isEqualTo(Attempt.scheduled(T0.plus(MINUTE)));
    assertThat(r.deadLetter()).isTrue();
  }

  @Test
  void aRecurringTaskWhoseLastOccurrenceFailsIsCompletedNotFailed() {
    Occurrences one = new EveryOccurrences(T0, MINUTE, 1);
    Result r =
        settle(
            task(Schedule.Interval.every(MINUTE), TaskStatus.RUNNING, RetryPolicy.NONE),
            one,
            Attempt.scheduled(T0),
            ExecutionStatus.FAILED);

    assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(r.deadLetter()).isTrue();
  }

  @Test
  void aStoppedAttemptSettlesAsASuccessWithoutRetry() {
    Result oneShot =
        settle(
            oneShot(TaskStatus.RUNNING),
            EveryOccurrences.once(T0),
            Attempt.scheduled(T0),
            ExecutionStatus.STOPPED);
    Result recurring =
        settle(
            recurring(TaskStatus.RUNNING),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            ExecutionStatus.STOPPED);

    assertThat(oneShot.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(oneShot.lastOutcome()).isEqualTo(ExecutionStatus.STOPPED);
    assertThat(oneShot.deadLetter()).isFalse();
    assertThat(recurring.next()).isEqualTo(Attempt.scheduled(T0.plus(MINUTE)));
    assertThat(recurring.row()).isEqualTo(ExecutionStatus.STOPPED);
  }

  @Test
  void anInterruptedAttemptRunsAgainNowAsTheSameAttempt() {
    Attempt second = new Attempt(T0, T0.plusSeconds(5), 2, Attempt.Kind.SCHEDULED, null);
    Result r =
        settle(recurring(TaskStatus.RUNNING), EVERY_MINUTE, second, ExecutionStatus.INTERRUPTED);
    Result first =
        settle(
            oneShot(TaskStatus.RUNNING),
            EveryOccurrences.once(T0),
            Attempt.scheduled(T0),
            ExecutionStatus.INTERRUPTED);

    assertThat(r.row()).isEqualTo(ExecutionStatus.INTERRUPTED);
    assertThat(r.status()).isEqualTo(TaskStatus.RETRYING);
    assertThat(r.next()).isEqualTo(new Attempt(T0, NOW, 2, Attempt.Kind.SCHEDULED, null));
    assertThat(first.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(first.next().number()).isEqualTo(1);
  }

  @Test
  void aRunNowAttemptGivesBackThePendingOccurrenceItStoodBefore() {
    Attempt pending = Attempt.scheduled(T0.plus(Duration.ofHours(1)));
    Attempt extra = Attempt.extra(Attempt.Kind.RUN_NOW, NOW, pending);

    Result ok =
        settle(
            oneShot(TaskStatus.RUNNING),
            EveryOccurrences.once(pending.occurrence()),
            extra,
            ExecutionStatus.SUCCESS);
    Result failed =
        settle(
            task(new Schedule.Once(T0), TaskStatus.RUNNING, RetryPolicy.NONE),
            EveryOccurrences.once(T0),
            extra,
            ExecutionStatus.FAILED);
    Result retried =
        settle(
            oneShot(TaskStatus.RUNNING), EveryOccurrences.once(T0), extra, ExecutionStatus.FAILED);

    assertThat(ok.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(ok.next()).isEqualTo(pending);
    assertThat(failed.next()).isEqualTo(pending);
    assertThat(failed.deadLetter()).isTrue();
    assertThat(failed.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(retried.next().resume()).isEqualTo(pending);
  }

  @Test
  void aRequeueOfACompletedOneShotCompletesItAgain() {
    Result r =
        settle(
            oneShot(TaskStatus.RUNNING),
            EveryOccurrences.once(T0),
            Attempt.extra(Attempt.Kind.REQUEUE, NOW, null),
            ExecutionStatus.SUCCESS);

    assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void aCancelOrALostClaimWinsOverTheSettlement() {
    Result cancelled =
        settle(
            recurring(TaskStatus.CANCELLED),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            ExecutionStatus.FAILED);
    Result lost =
        SettlementPolicy.settle(
            recurring(TaskStatus.RUNNING),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            ExecutionStatus.SUCCESS,
            Standing.OVERTAKEN,
            NOW,
            0);

    for (Result r : new Result[] {cancelled, lost}) {
      assertThat(r.status()).isNull();
      assertThat(r.next()).isNull();
      assertThat(r.deadLetter()).isFalse();
    }
    assertThat(cancelled.row()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(cancelled.lastOutcome()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void aPauseDuringTheAttemptHoldsTheNextAttemptUntilResumed() {
    Result r =
        settle(
            recurring(TaskStatus.PAUSED),
            EVERY_MINUTE,
            Attempt.scheduled(T0),
            ExecutionStatus.FAILED);

    assertThat(r.status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(r.held()).isTrue();
    assertThat(r.next().number()).isEqualTo(2);
  }

  @Test
  void aScheduleChangedDuringTheAttemptTakesOverFromNow() {
    Occurrences hourly = new EveryOccurrences(T0.plusSeconds(30), Duration.ofHours(1), null);
    Result r =
        SettlementPolicy.settle(
            recurring(TaskStatus.RUNNING),
            hourly,
            Attempt.scheduled(T0),
            ExecutionStatus.FAILED,
            Standing.SCHEDULE_CHANGED,
            NOW,
            0);

    assertThat(r.row()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.next()).isEqualTo(Attempt.scheduled(T0.plusSeconds(30)));
    assertThat(r.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(r.deadLetter()).isFalse();
  }

  @Test
  void onlyTheOutcomesOfAnAttemptAreAccepted() {
    assertThatThrownBy(
            () ->
                settle(
                    recurring(TaskStatus.RUNNING),
                    EVERY_MINUTE,
                    Attempt.scheduled(T0),
                    ExecutionStatus.MISSED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- every combination ------------------------------------------------------------------

  record Case(
      boolean recurring,
      TaskStatus status,
      int maxAttempts,
      Attempt attempt,
      ExecutionStatus outcome,
      Standing standing) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Attempt> attempts =
        Combinators.combine(
                Arbitraries.integers().between(1, 4),
                Arbitraries.of(Attempt.Kind.class),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 5))
            .as(
                (n, kind, resumes, k) -> {
                  Instant occ = T0.plus(MINUTE.multipliedBy(k));
                  Attempt resume =
                      kind != Attempt.Kind.SCHEDULED && resumes
                          ? Attempt.scheduled(NOW.plus(MINUTE))
                          : null;
                  return new Attempt(occ, occ, n, kind, resume);
                });
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(TaskStatus.RUNNING, TaskStatus.PAUSED, TaskStatus.CANCELLED),
            Arbitraries.integers().between(1, 4),
            attempts,
            Arbitraries.of(
                ExecutionStatus.SUCCESS,
                ExecutionStatus.FAILED,
                ExecutionStatus.TIMED_OUT,
                ExecutionStatus.INTERRUPTED,
                ExecutionStatus.STOPPED),
            Arbitraries.of(Standing.class))
        .as(Case::new);
  }

  private static Result settle(Case c, double random) {
    Schedule schedule = c.recurring() ? Schedule.Interval.every(MINUTE) : new Schedule.Once(T0);
    Task task =
        task(
            schedule,
            c.status(),
            new RetryPolicy(c.maxAttempts(), Duration.ofSeconds(5), 2.0, Duration.ofHours(1), 0.5));
    Occurrences occ =
        c.recurring() ? new EveryOccurrences(T0, MINUTE, 4) : EveryOccurrences.once(T0);
    return SettlementPolicy.settle(task, occ, c.attempt(), c.outcome(), c.standing(), NOW, random);
  }

  @Property(tries = 2000)
  void everySettlementFollowsTheTable(
      @ForAll("cases") Case c, @ForAll @DoubleRange(max = 1, maxIncluded = false) double random) {
    Result r = settle(c, random);
    Attempt a = c.attempt();
    boolean overtaken = c.standing() == Standing.OVERTAKEN || c.status() == TaskStatus.CANCELLED;
    boolean failure =
        c.outcome() == ExecutionStatus.FAILED || c.outcome() == ExecutionStatus.TIMED_OUT;
    boolean retries =
        !overtaken && failure && c.standing() == Standing.CURRENT && a.number() < c.maxAttempts();

    assertThat(r.lastOutcome()).isEqualTo(c.outcome());
    assertThat(r.attemptsMade()).isEqualTo(a.number());
    assertThat(r.row()).isEqualTo(retries ? ExecutionStatus.RETRIED : c.outcome());
    if (overtaken) {
      assertThat(r.status()).isNull();
      assertThat(r.next()).isNull();
      assertThat(r.deadLetter()).isFalse();
      return;
    }
    assertThat(r.deadLetter()).isEqualTo(failure && c.standing() == Standing.CURRENT && !retries);
    if (retries) {
      assertThat(r.next().occurrence()).isEqualTo(a.occurrence());
      assertThat(r.next().number()).isEqualTo(a.number() + 1);
      assertThat(r.next().kind()).isEqualTo(a.kind());
      assertThat(r.next().resume()).isEqualTo(a.resume());
      assertThat(r.next().due())
          .isAfterOrEqualTo(NOW.plusMillis(2500))
          .isBeforeOrEqualTo(NOW.plusSeconds(30));
    }
    if (c.outcome() == ExecutionStatus.INTERRUPTED) {
      assertThat(r.next()).isEqualTo(a.dueAt(NOW));
    }
    if (r.next() != null && !retries && c.outcome() != ExecutionStatus.INTERRUPTED) {
      assertThat(r.next().number()).isEqualTo(1);
      assertThat(r.next().occurrence())
          .isAfter(
              c.standing() == Standing.CURRENT && a.resume() == null
                  ? a.occurrence()
                  : NOW.minusNanos(1));
    }
    if (c.status() == TaskStatus.PAUSED && r.next() != null) {
      assertThat(r.held()).isTrue();
      assertThat(r.status()).isEqualTo(TaskStatus.PAUSED);
    } else if (r.next() != null) {
      assertThat(r.held()).isFalse();
      assertThat(r.status())
          .isEqualTo(r.next().number() > 1 ? TaskStatus.RETRYING : TaskStatus.SCHEDULED);
    } else {
      assertThat(r.status()).isIn(TaskStatus.COMPLETED, TaskStatus.FAILED);
      assertThat(r.status() == TaskStatus.FAILED)
          .isEqualTo(!c.recurring() && failure && c.standing() == Standing.CURRENT);
    }
  }
}
