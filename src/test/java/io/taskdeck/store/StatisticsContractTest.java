package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics agree with the rows, on each database, with more rows than any page holds. */
@Tag("db")
abstract class StatisticsContractTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  @TempDir Path temp;
  private TestDatabase testDb;
  private Database db;
  private Jdbc jdbc;
  private StatisticsRepository stats;

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void open() {
    testDb = database(temp);
    db = testDb.open();
    jdbc = new Jdbc(db.dataSource());
    stats = new StatisticsRepository(jdbc);
  }

  @AfterEach
  void close() {
    db.close();
    testDb.close();
  }

  private void tasks(TaskStatus status, int n) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tasks.add(
          new Task(
              UUID.randomUUID(),
              TaskSpec.builder().name(status + " " + i).payload(ShellPayload.of("true")).build(),
              status,
              T0,
              null,
              0,
              T0,
              T0));
    }
    new TaskRepository(jdbc).insertAll(tasks);
  }

  private void execution(
      ExecutionStatus status, Instant scheduled, Instant started, Instant finished) {
    jdbc.update(
        "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, finished_at, status)"
            + " VALUES (?, 1, 'n', ?, ?, ?, ?)",
        UUID.randomUUID(),
        scheduled,
        started,
        finished,
        status.name());
  }

  @Test
  void countsEveryTaskByStatusAndTheOpenDeadLettersBeyondAnyPageSize() {
    tasks(TaskStatus.SCHEDULED, 1_200);
    tasks(TaskStatus.FAILED, 3);
    tasks(TaskStatus.RETRYING, 2);
    for (int i = 0; i < 5; i++) {
      jdbc.update(
          "INSERT INTO dead_letter (task_id, task_name, attempts, failed_at, requeued_at) VALUES (?, 'x', 3, ?, ?)",
          UUID.randomUUID(),
          T0,
          i == 0 ? T0 : null);
    }
    TaskStatistics.Counts counts = stats.counts();
    assertThat(counts.of(TaskStatus.SCHEDULED)).isEqualTo(1_200);
    assertThat(counts.of(TaskStatus.FAILED)).isEqualTo(3);
    assertThat(counts.of(TaskStatus.RETRYING)).isEqualTo(2);
    assertThat(counts.of(TaskStatus.PAUSED)).isZero();
    assertThat(counts.total()).isEqualTo(1_205);
    assertThat(counts.deadLetters()).isEqualTo(4);
  }

  @Test
  void executionsAreCountedPerBucketAndInTotalWithMissedRowsAtTheirDueTime() {
    for (int i = 0; i < 1_500; i++) {
      Instant at = T0.plusSeconds(i % 180);
      execution(
          i % 3 == 0 ? ExecutionStatus.FAILED : ExecutionStatus.SUCCESS,
          at,
          at,
          at.plusMillis(500));
    }
    execution(ExecutionStatus.MISSED, T0.plusSeconds(61), null, null);
    execution(ExecutionStatus.RUNNING, T0, T0, null);
    execution(ExecutionStatus.SUCCESS, T0.minusSeconds(5), T0.minusSeconds(5), T0.minusSeconds(1));
    TaskStatistics.Histogram h =
        stats.executions(T0, T0.plus(Duration.ofMinutes(3)), Duration.ofMinutes(1));
    assertThat(h.total(ExecutionStatus.SUCCESS)).isEqualTo(1_000);
    assertThat(h.total(ExecutionStatus.FAILED)).isEqualTo(500);
    assertThat(h.total(ExecutionStatus.MISSED)).isEqualTo(1);
    assertThat(h.total(ExecutionStatus.RUNNING)).isZero();
    assertThat(h.buckets()).containsOnlyKeys(T0, T0.plusSeconds(60), T0.plusSeconds(120));
    assertThat(h.buckets().get(T0.plusSeconds(60)))
        .isEqualTo(
            Map.of(
                ExecutionStatus.SUCCESS,
                320L,
                ExecutionStatus.FAILED,
                160L,
                ExecutionStatus.MISSED,
                1L));
  }

  @Test
  void startDelaysGiveTheNearestRankP95() {
    for (int i = 1; i <= 100; i++) {
      execution(ExecutionStatus.SUCCESS, T0, T0.plusMillis(i * 10L), T0.plusSeconds(2));
    }
    TaskStatistics.StartDelays d = stats.startDelays(T0, T0.plusSeconds(10));
    assertThat(d.started()).isEqualTo(100);
    assertThat(d.p95()).isEqualTo(Duration.ofMillis(950));
    assertThat(stats.startDelays(T0.plusSeconds(60), T0.plusSeconds(70)))
        .isEqualTo(new TaskStatistics.StartDelays(0, null));
  }

  @Test
  void upcomingRunsCountOneShotTasksPerBucketAndGroupRecurringTasksBySchedule() {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      Instant at = T0.plus(Duration.ofMinutes(30L * (i % 4)));
      tasks.add(
          new Task(
              UUID.randomUUID(),
              TaskSpec.builder()
                  .name("once " + i)
                  .payload(ShellPayload.of("true"))
                  .schedule(new io.taskdeck.core.Schedule.Once(at))
                  .build(),
              i % 50 == 0 ? TaskStatus.COMPLETED : TaskStatus.SCHEDULED,
              at,
              null,
              0,
              T0,
              T0));
    }
    io.taskdeck.core.Schedule nightly =
        new io.taskdeck.core.Schedule.Cron("0 0 2 * * ?", java.time.ZoneId.of("Europe/Berlin"));
    for (int i = 0; i < 1_200; i++) {
      tasks.add(
          new Task(
              UUID.randomUUID(),
              TaskSpec.builder()
                  .name("nightly " + i)
                  .payload(ShellPayload.of("true"))
                  .schedule(nightly)
                  .calendar(i < 200 ? "holidays" : null)
                  .build(),
              i == 0 ? TaskStatus.PAUSED : TaskStatus.SCHEDULED,
              T0,
              null,
              0,
              T0,
              T0));
    }
    Instant next = T0.plusSeconds(90);
    for (int i = 0; i < 3; i++) {
      tasks.add(
          new Task(
              UUID.randomUUID(),
              TaskSpec.builder()
                  .name("poll " + i)
                  .payload(ShellPayload.of("true"))
                  .schedule(io.taskdeck.core.Schedule.Interval.every(Duration.ofMinutes(5)))
                  .build(),
              TaskStatus.SCHEDULED,
              next,
              null,
              0,
              T0,
              T0));
    }
    new TaskRepository(jdbc).insertAll(tasks);
    TaskStatistics.Upcoming u =
        stats.upcoming(T0, T0.plus(Duration.ofHours(1)), Duration.ofMinutes(15), 5);
    assertThat(u.oneShots()).hasSize(5).allSatisfy(d -> assertThat(d.at()).isEqualTo(T0));
    assertThat(u.oneShotPerBucket()).containsOnlyKeys(T0, T0.plus(Duration.ofMinutes(30)));
    assertThat(u.oneShotTotal()).isEqualTo(550 - 11);
    assertThat(u.recurring())
        .extracting(TaskStatistics.RecurringGroup::tasks)
        .containsExactlyInAnyOrder(1_000L, 199L, 3L);
    assertThat(u.recurring())
        .filteredOn(g -> g.tasks() == 3)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.schedule())
                  .isEqualTo(
                      new io.taskdeck.core.Schedule.Interval(
                          Duration.ofMinutes(5), next, null, null));
              assertThat(g.sampleName()).startsWith("poll ");
            });
    assertThat(u.recurring())
        .filteredOn(g -> g.tasks() == 199)
        .singleElement()
        .satisfies(g -> assertThat(g.calendar()).isEqualTo("holidays"));
  }
}
