package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.noopAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Priority, restarts, graceful shutdown and reconciliation. */
@Tag("db")
abstract class LifecycleContractTest {
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;
  EngineHarness h;

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void openDatabase() {
    h = new EngineHarness(database(temp));
  }

  @AfterEach
  void closeAll() {
    h.close();
  }

  @Test
  void tasksDueTogetherRunInPriorityOrderOnOneWorker() {
    h.start(b -> b.execute(false)); // schedule everything first, whatever the machine's load
    Instant due = Instant.now().plusMillis(1000);
    List<Integer> priorities = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    Collections.shuffle(priorities);
    List<UUID> ids = new ArrayList<>();
    for (int p : priorities) {
      ids.add(
          h.service()
              .schedule(
                  TestTasks.noop("p" + p)
                      .priority(p)
                      .schedule(new io.taskdeck.core.Schedule.Once(due))
                      .build())
              .id());
    }
    h.start(b -> b.workerThreads(1));

    await()
        .atMost(WAIT)
        .until(
            () ->
                ids.stream().allMatch(id -> h.service().get(id).status() == TaskStatus.COMPLETED));
    List<Execution> runs = new ArrayList<>();
    ids.forEach(id -> runs.addAll(h.executions(id)));
    runs.sort(Comparator.comparing(Execution::startedAt).thenComparing(Execution::logId));
    List<Integer> order =
        runs.stream().map(e -> h.service().get(e.taskId()).spec().priority()).toList();
    assertThat(order).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
  }

  @Test
  void tasksSurviveARestartAndStillFire() {
    h.start();
    Task task = h.service().schedule(noopAt("survivor", Instant.now().plusSeconds(4)));
    h.shutDown();

    h.start();

    assertThat(h.service().get(task.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id())).hasSize(1);
  }

  @Test
  void anAttemptStillRunningAfterTheGracePeriodIsInterruptedAndRunsAgainAfterRestart() {
    h.start(b -> b.shutdownGrace(Duration.ofMillis(500)));
    Task task =
        h.service()
            .schedule(
                TestTasks.withPayload("long", ShellPayload.of("sleep 3"), Duration.ofMinutes(1)));
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.RUNNING);

    long before = System.nanoTime();
    h.shutDown();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(8));
    h.start();
    assertThat(h.executions(task.id()).get(0).status()).isEqualTo(ExecutionStatus.INTERRUPTED);
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.INTERRUPTED, ExecutionStatus.SUCCESS);
  }

  @Test
  void reconciliationGivesALiveTaskWithoutAPendingAttemptItsNextOccurrenceAndItThenRuns() {
    h.start();
    Task task = h.service().schedule(hourly("lost attempt", Instant.now().plusSeconds(2)));
    h.jdbc().update("DELETE FROM task_queue WHERE task_id = ?", task.id());

    ReconcileReport report = h.service().reconcile();

    assertThat(report.count("task_without_attempt")).isEqualTo(1);
    assertThat(queueRows(task.id())).isEqualTo(1);
    await().atMost(WAIT).until(() -> h.executions(task.id()).size() == 1);
    assertThat(h.executions(task.id()).get(0).scheduledFor()).isEqualTo(task.nextRun());
  }

  @Test
  void reconciliationDeletesAPendingAttemptWhoseTaskVanished() {
    h.start();
    Task task = h.service().schedule(hourly("lost row", Instant.now().plusSeconds(3600)));
    h.jdbc().update("DELETE FROM task WHERE task_id = ?", task.id());

    ReconcileReport report = h.service().reconcile();

    assertThat(report.count("attempt_without_task")).isEqualTo(1);
    assertThat(queueRows(task.id())).isZero();
    assertThat(h.service().reconcile().total()).isZero();
  }

  @Test
  void aDispatchTriggerSetToErrorIsReplacedAndTheRecurringTaskStillRuns() {
    h.start();
    Task task = h.service().schedule(hourly("damaged trigger", Instant.now().plusSeconds(3)));
    h.jdbc()
        .update(
            "UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ERROR' WHERE TRIGGER_GROUP = 'dispatch'");

    ReconcileReport report = h.service().reconcile();

    assertThat(report.count("stuck_trigger")).isPositive();
    assertThat(
            h.jdbc()
                .query(
                    "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE = 'ERROR'",
                    rs -> rs.getInt(1))
                .get(0))
        .isZero();
    await().atMost(WAIT).until(() -> h.executions(task.id()).size() == 1);
  }

  @Test
  void aDeletedDispatchTriggerIsReArmedWithoutARestartAndTheRecurringTaskRunsOnTime() {
    h.start();
    Instant first = Instant.now().plusSeconds(4);
    Task task = h.service().schedule(hourly("deleted trigger", first));
    h.jdbc().update("DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_GROUP = 'dispatch'");
    h.jdbc().update("DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'dispatch'");

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(task.id()).size() == 1
                    && h.service().get(task.id()).lastOutcome() == ExecutionStatus.SUCCESS);
    assertThat(h.executions(task.id()).get(0).scheduledFor())
        .isEqualTo(first.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(h.service().get(task.id()).nextRun())
        .isEqualTo(
            first.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }

  @Test
  void aPerTaskTriggerLeftByAnEarlierReleaseIsDeletedAndNeverRunsAnything() {
    h.start();
    Task task = h.service().schedule(hourly("old trigger", Instant.now().plusSeconds(3600)));
    String job = task.id().toString();
    h.jdbc()
        .update(
            "INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE,"
                + " IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY) VALUES ('Taskdeck', ?, 'tasks', 'io.taskdeck.engine.TaskJob',"
                + " FALSE, TRUE, FALSE, TRUE)",
            job);
    h.jdbc()
        .update(
            "INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, NEXT_FIRE_TIME,"
                + " PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME) VALUES ('Taskdeck', ?, 'tasks', ?, 'tasks', ?, 5, 'PAUSED',"
                + " 'SIMPLE', ?)",
            job + "/r1",
            job,
            System.currentTimeMillis() + 3_600_000L,
            System.currentTimeMillis());
    h.jdbc()
        .update(
            "INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL,"
                + " TIMES_TRIGGERED) VALUES ('Taskdeck', ?, 'tasks', -1, 3600000, 0)",
            job + "/r1");

    ReconcileReport report = h.service().reconcile();

    assertThat(report.count("legacy_trigger")).isEqualTo(1);
    assertThat(h.triggerCount(task.id())).isZero();
    assertThat(h.service().get(task.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void aManageOnlyEngineSchedulesButRunsNothing() {
    h.start(b -> b.execute(false));
    Task task = h.service().schedule(noopAt("not here", Instant.now()));

    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).isEmpty());
    assertThat(h.service().info().executing()).isFalse();
    assertThat(h.service().info().state()).isEqualTo("STANDBY");

    h.start();
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
  }

  /** A recurring task, hourly from {@code start}. */
  private static io.taskdeck.core.TaskSpec hourly(String name, Instant start) {
    return TestTasks.noop(name)
        .schedule(new io.taskdeck.core.Schedule.Interval(Duration.ofHours(1), start, null, null))
        .build();
  }

  private int queueRows(UUID id) {
    return h.jdbc()
        .query("SELECT COUNT(*) FROM task_queue WHERE task_id = ?", rs -> rs.getInt(1), id)
        .get(0);
  }
}
