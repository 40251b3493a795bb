package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionAnalysisTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aTaskRunTwiceIsOneDuplicateAndATaskNeverRunIsLost() {
    List<ExecutionRecord> log =
        List.of(
            run("a", "n1", 0, 10),
            run("b", "n1", 0, 20),
            run("b", "n2", 0, 900),
            run("c", "n2", 0, 30));

    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a", "b", "c", "d"), log);

    assertThat(a.expected()).isEqualTo(4);
    assertThat(a.executed()).isEqualTo(3);
    assertThat(a.duplicates()).isEqualTo(1);
    assertThat(a.duplicatedTasks()).isEqualTo(1);
    assertThat(a.lost()).isEqualTo(1);
    assertThat(a.unexpected()).isZero();
  }

  @Test
  void aTaskRunThreeTimesCountsTwoDuplicates() {
    List<ExecutionRecord> log =
        List.of(run("a", "n1", 0, 1), run("a", "n1", 0, 2), run("a", "n2", 0, 3));

    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a"), log);

    assertThat(a.duplicates()).isEqualTo(2);
    assertThat(a.duplicatedTasks()).isEqualTo(1);
    assertThat(a.lost()).isZero();
  }

  @Test
  void delaysUseTheFirstExecutionOfEachTask() {
    List<ExecutionRecord> log =
        List.of(run("a", "n1", 100, 150), run("a", "n2", 100, 5_000), run("b", "n1", 0, 250));

    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a", "b"), log);

    assertThat(a.delays()).isEqualTo(new DelayStats(2, 50, 250, 250, 250));
  }

  @Test
  void executionsOfTasksThisRunDidNotCreateAreCountedApart() {
    List<ExecutionRecord> log = List.of(run("a", "n1", 0, 1), run("stranger", "n1", 0, 2));

    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a"), log);

    assertThat(a.unexpected()).isEqualTo(1);
    assertThat(a.executed()).isEqualTo(1);
    assertThat(a.perNode()).isEqualTo(Map.of("n1", 1L));
  }

  @Test
  void throughputRunsFromTheFirstStartToTheLastFinish() {
    List<ExecutionRecord> log = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add("t" + i);
      log.add(new ExecutionRecord("t" + i, "n" + (i % 2), T0, at(i * 20L), at(i * 20L + 10)));
    }

    ExecutionAnalysis a = ExecutionAnalysis.of(ids, log);

    assertThat(a.span()).isEqualTo(Duration.ofMillis(99 * 20 + 10));
    assertThat(a.executionsPerSecond())
        .isCloseTo(100 / 1.99, org.assertj.core.data.Offset.offset(0.001));
    assertThat(a.perNode()).isEqualTo(Map.of("n0", 50L, "n1", 50L));
  }

  @Test
  void anAttemptThatNeverFinishedEndsTheSpanAtItsStart() {
    List<ExecutionRecord> log =
        List.of(run("a", "n1", 0, 10), new ExecutionRecord("b", "n2", T0, at(500), null));

    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a", "b"), log);

    assertThat(a.lastFinish()).isEqualTo(at(500));
    assertThat(a.executed()).isEqualTo(2);
  }

  @Test
  void anEmptyLogLosesEverythingAndHasNoRate() {
    ExecutionAnalysis a = ExecutionAnalysis.of(List.of("a", "b"), List.of());

    assertThat(a.lost()).isEqualTo(2);
    assertThat(a.executed()).isZero();
    assertThat(a.span()).isEqualTo(Duration.ZERO);
    assertThat(a.executionsPerSecond()).isZero();
    assertThat(a.delays()).isEqualTo(DelayStats.EMPTY);
  }

  private static ExecutionRecord run(String id, String node, long dueMs, long startMs) {
    return new ExecutionRecord(id, node, at(dueMs), at(startMs), at(startMs + 1));
  }

  private static Instant at(long ms) {
    return T0.plusMillis(ms);
  }
}
