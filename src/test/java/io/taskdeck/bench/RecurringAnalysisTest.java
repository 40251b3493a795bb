package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringAnalysisTest {
  private static final Duration MINUTE = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private static final Instant W0 = T0;
  private static final Instant W1 = T0.plusSeconds(180);
  private final List<ExecutionRecord> log = new ArrayList<>();

  private void ran(String task, Instant scheduled, long delayMs) {
    Instant start = scheduled.plusMillis(delayMs);
    log.add(new ExecutionRecord(task, "node1", scheduled, start, start.plusMillis(5)));
  }

  @Test
  void atAFixedRateEachOccurrenceOfTheWindowIsCountedOnceAndWhatDidNotRunIsLost() {
    RecurringTask a = new RecurringTask("a", T0, T0.minusSeconds(1));
    ran("a", T0, 10);
    ran("a", T0, 900); // the same occurrence again: a duplicate
    ran("a", T0.plusSeconds(60), 20);
    // T0 + 120 s never ran: lost
    ran("a", T0.plusSeconds(30), 0); // not an occurrence of a
    ran("ghost", T0, 0);

    RecurringAnalysis r = RecurringAnalysis.of(List.of(a), MINUTE, Cadence.FIXED_RATE, W0, W1, log);

    assertThat(r.window().due()).isEqualTo(3);
    assertThat(r.window().ran()).isEqualTo(2);
    assertThat(r.window().duplicates()).isEqualTo(1);
    assertThat(r.window().lost()).isEqualTo(1);
    assertThat(r.window().delays().count()).isEqualTo(2);
    assertThat(r.window().delays().max()).isEqualTo(20);
    assertThat(r.offSchedule()).isEqualTo(1);
    assertThat(r.unexpected()).isEqualTo(1);
    assertThat(r.ranInWindow()).isEqualTo(2);
  }

  @Test
  void anOccurrenceDueBeforeItsTaskExistedIsNotOwedButOnesDuringTheWarmUpAre() {
    // created 5 s after its anchor: the anchor occurrence may or may not run, and is not counted
    RecurringTask late = new RecurringTask("late", T0.minusSeconds(100), T0.minusSeconds(95));
    ran("late", T0.minusSeconds(40), 30);

    RecurringAnalysis r =
        RecurringAnalysis.of(List.of(late), MINUTE, Cadence.FIXED_RATE, W0, W1, log);

    assertThat(r.before().due()).isEqualTo(1); // T0 - 40 s, not T0 - 100 s
    assertThat(r.before().ran()).isEqualTo(1);
    assertThat(r.before().lost()).isZero();
    assertThat(r.window().due()).isEqualTo(3); // T0 + 20, 80, 140 s
    assertThat(r.window().lost()).isEqualTo(3);
    assertThat(RecurringAnalysis.dueAtFixedRate(List.of(late), MINUTE, W0, W1)).isEqualTo(3);
  }

  @Test
  void atAFixedDelayWhatRanCameDueAndATaskWhoseNextOccurrenceWasDueButDidNotRunLosesOne() {
    RecurringTask c = new RecurringTask("c", T0, T0.minusSeconds(1));
    RecurringTask d = new RecurringTask("d", T0.plusSeconds(10), T0.minusSeconds(1));
    RecurringTask e = new RecurringTask("e", T0.plusSeconds(20), T0.minusSeconds(1));
    ran("c", T0, 40);
    Instant second =
        T0.plusMillis(60_045); // one period after the first finished, as db-scheduler does
    ran("c", second, 40);
    // c's third occurrence, due at second + 45 ms + 60 s, inside the window, never ran; d never ran
    // at all
    Instant eFirst = T0.plusSeconds(20);
    for (int i = 0; i < 3; i++) {
      ran("e", eFirst, 3);
      eFirst = eFirst.plusMillis(60_008); // its next is due after the window: nothing lost
    }

    RecurringAnalysis r =
        RecurringAnalysis.of(List.of(c, d, e), MINUTE, Cadence.FIXED_DELAY, W0, W1, log);

    assertThat(r.window().ran()).isEqualTo(5);
    assertThat(r.window().lost()).isEqualTo(2);
    assertThat(r.window().due()).isEqualTo(7);
    assertThat(r.window().duplicates()).isZero();
    assertThat(r.offSchedule()).isZero();
  }
}
