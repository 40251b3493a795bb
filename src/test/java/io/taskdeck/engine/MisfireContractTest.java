package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each misfire policy does after downtime, and the MISSED rows it leaves. */
@Tag("db")
abstract class MisfireContractTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Duration DOWNTIME = Duration.ofMillis(3500);

  @TempDir Path temp;
  EngineHarness h;

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void openDatabase() {
    h = new EngineHarness(database(temp));
    h.start(b -> b.misfireThreshold(Duration.ofSeconds(1)));
  }

  @AfterEach
  void closeAll() {
    h.close();
  }

  /**
   * Schedules an every-second task, lets it run once, stops for DOWNTIME and starts again. Returns
   * when it went down, when it began to start again, and when the engine was running again.
   */
  private Instant[] runThenGoDown(Task task) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(task.id()).stream()
                    .anyMatch(e -> e.status() == ExecutionStatus.SUCCESS));
    h.shutDown();
    Instant down = Instant.now();
    await().atMost(WAIT).until(() -> Instant.now().isAfter(down.plus(DOWNTIME)));
    Instant up = Instant.now();
    h.start(b -> b.misfireThreshold(Duration.ofSeconds(1)));
    Instant started =
        Instant.now(); // opening the database and starting Quartz take a while under load
    return new Instant[] {down, up, started};
  }

  private Task everySecond(MisfirePolicy policy) {
    return h.service()
        .schedule(
            TestTasks.noop("every second " + policy)
                .schedule(Schedule.Interval.every(Duration.ofSeconds(1)))
                .misfire(policy)
                .build());
  }

  private List<Execution> rows(Task task, ExecutionStatus status) {
    return h.executions(task.id()).stream().filter(e -> e.status() == status).toList();
  }

  private static boolean within(Execution e, Instant[] window) {
    return e.scheduledFor().isAfter(window[0].plusMillis(1100))
        && e.scheduledFor().isBefore(window[1].minusMillis(1100));
  }

  @Test
  void skipRecordsEveryMissedOccurrenceAndRunsNoneOfThem() {
    Task task = everySecond(MisfirePolicy.SKIP);
    Instant[] window = runThenGoDown(task);

    await().atMost(WAIT).until(() -> rows(task, ExecutionStatus.MISSED).size() >= 2);
    await()
        .atMost(WAIT)
        .until(
            () ->
                rows(task, ExecutionStatus.SUCCESS).stream()
                    .anyMatch(e -> e.scheduledFor().isAfter(window[1])));
    assertThat(rows(task, ExecutionStatus.MISSED))
        .allSatisfy(e -> assertThat(e.error()).contains("policy skip"));
    assertThat(rows(task, ExecutionStatus.SUCCESS)).noneMatch(e -> within(e, window));
    assertThat(rows(task, ExecutionStatus.MISSED)).anyMatch(e -> within(e, window));
  }

  @Test
  void fireOnceRecordsTheMissedOccurrencesAndRunsOneCatchUp() {
    Task task = everySecond(MisfirePolicy.FIRE_ONCE);
    Instant[] window = runThenGoDown(task);

    await().atMost(WAIT).until(() -> rows(task, ExecutionStatus.MISSED).size() >= 2);
    await()
        .atMost(WAIT)
        .until(
            () ->
                rows(task, ExecutionStatus.SUCCESS).stream()
                    .anyMatch(e -> e.scheduledFor().isAfter(window[1])));
    assertThat(rows(task, ExecutionStatus.MISSED))
        .allSatisfy(e -> assertThat(e.error()).contains("policy fire_once"));
    assertThat(rows(task, ExecutionStatus.SUCCESS)).noneMatch(e -> within(e, window));
    Execution catchUp =
        rows(task, ExecutionStatus.SUCCESS).stream()
            .filter(e -> e.scheduledFor().isAfter(window[1]))
            .findFirst()
            .orElseThrow();
    // Observed 4-5 s between the restart and the catch-up on H2 and PostgreSQL (cause not yet
    // found;
    // the misfire handler runs at start): the bound keeps it to one prompt catch-up, not a backlog.
    assertThat(Duration.between(window[2], catchUp.startedAt())).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void fireNowRunsEveryMissedOccurrenceLateAndRecordsNoneAsMissed() {
    Task task = everySecond(MisfirePolicy.FIRE_NOW);
    Instant[] window = runThenGoDown(task);

    await()
        .atMost(WAIT)
        .until(
            () ->
                rows(task, ExecutionStatus.SUCCESS).stream().filter(e -> within(e, window)).count()
                    >= 1);
    assertThat(rows(task, ExecutionStatus.MISSED)).isEmpty();
  }

  @Test
  void aOneShotTaskWhoseTimeWasSkippedEndsWithoutRunning() {
    Task task =
        h.service()
            .schedule(
                TestTasks.noop("skipped")
                    .schedule(new Schedule.Once(Instant.now().plusMillis(1500)))
                    .misfire(MisfirePolicy.SKIP)
                    .build());
    h.shutDown();
    await().atMost(WAIT).until(() -> Instant.now().isAfter(task.nextRun().plus(DOWNTIME)));
    h.start(b -> b.misfireThreshold(Duration.ofSeconds(1)));

    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.MISSED);
    assertThat(h.service().get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.MISSED);
  }
}
