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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

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
      ids.add(h.service().schedule(TestTasks.noop("p" + p).priority(p).schedule(new io.taskdeck.core.Schedule.Once(due)).build()).id());
    }
    h.start(b -> b.workerThreads(1));

    await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> h.service().get(id).status() == TaskStatus.COMPLETED));
    List<Execution> runs = new ArrayList<>();
    ids.forEach(id -> runs.addAll(h.executions(id)));
    runs.sort(Comparator.comparing(Execution::startedAt).thenComparing(Execution::logId));
    List<Integer> order = runs.stream().map(e -> h.service().get(e.taskId()).spec().priority()).toList();
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
    Task task = h.service().schedule(TestTasks.withPayload("long", ShellPayload.of("sleep 3"), Duration.ofMinutes(1)));
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.RUNNING);

    long before = System.nanoTime();
    h.shutDown();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(8));
    h.start();
    assertThat(h.executions(task.id()).get(0).status()).isEqualTo(ExecutionStatus.INTERRUPTED);
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id())).extracting(Execution::status)
        .containsExactly(ExecutionStatus.INTERRUPTED, ExecutionStatus.SUCCESS);
  }

  @Test
  void reconciliationArmsATaskWhoseTriggerVanishedAndItThenRuns() {
    h.start();
    Task task = h.service().schedule(hourly("lost trigger", Instant.now().plusSeconds(2)));
    deleteQuartzRowsOf(task.id());
    assertThat(h.triggerCount(task.id())).isZero();

    ReconcileReport report = h.service().reconcile();

    assertThat(report.tasksWithoutTrigger()).isEqualTo(1);
    assertThat(h.triggerCount(task.id())).isEqualTo(1);
    await().atMost(WAIT).until(() -> h.executions(task.id()).size() == 1);
  }

  @Test
  void reconciliationDeletesATriggerWhoseTaskVanished() {
    h.start();
    Task task = h.service().schedule(hourly("lost row", Instant.now().plusSeconds(3600)));
    h.jdbc().update("DELETE FROM task WHERE task_id = ?", task.id());

    ReconcileReport report = h.service().reconcile();

    assertThat(report.triggersWithoutTask()).isEqualTo(1);
    assertThat(h.triggerCount(task.id())).isZero();
  }

  @Test
  void reconciliationResetsATriggerStuckInErrorWithNoFiredRecord() {
    h.start();
    Task task = h.service().schedule(hourly("stuck", Instant.now().plusSeconds(3600)));
    h.jdbc().update("UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ERROR' WHERE JOB_NAME = ?", task.id().toString());

    ReconcileReport report = h.service().reconcile();

    assertThat(report.stuckTriggersReset()).isEqualTo(1);
    assertThat(triggerState(task.id())).isEqualTo("WAITING");
    assertThat(h.service().reconcile().total()).isZero();
  }

  @Test
  void aStaleTriggerLeftByACrashDuringRescheduleNeverRunsTheTask() {
    h.start();
    Task task = h.service().schedule(hourly("half-moved", Instant.now().plusSeconds(2)));
    // the crash: the row got its new revision, Quartz still holds the old trigger
    Instant newTime = Instant.now().plusSeconds(3600);
    h.jdbc().update("UPDATE task SET revision = revision + 1, start_at = ?, execution_time = ? WHERE task_id = ?",
        newTime, newTime, task.id());

    await().atMost(WAIT).until(() -> h.triggerCount(task.id()) == 0 && firedCount(task.id()) == 0);
    assertThat(h.executions(task.id())).isEmpty();
    assertThat(h.service().reconcile().tasksWithoutTrigger()).isEqualTo(1);
    assertThat(h.triggerCount(task.id())).isEqualTo(1);
  }

  @Test
  void aManageOnlyEngineSchedulesButRunsNothing() {
    h.start(b -> b.execute(false));
    Task task = h.service().schedule(noopAt("not here", Instant.now()));

    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> h.executions(task.id()).isEmpty());
    assertThat(h.service().info().executing()).isFalse();
    assertThat(h.service().info().state()).isEqualTo("STANDBY");

    h.start();
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
  }

  /** A recurring task: it keeps its own Quartz trigger (one-shot tasks go through the dispatch path). */
  private static io.taskdeck.core.TaskSpec hourly(String name, Instant start) {
    return TestTasks.noop(name).schedule(new io.taskdeck.core.Schedule.Interval(Duration.ofHours(1), start, null, null)).build();
  }

  private int firedCount(UUID id) {
    return h.jdbc().query("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE JOB_NAME = ?", rs -> rs.getInt(1), id.toString()).get(0);
  }

  private String triggerState(UUID id) {
    return h.jdbc().query("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE JOB_NAME = ?", rs -> rs.getString(1), id.toString()).get(0);
  }

  private void deleteQuartzRowsOf(UUID id) {
    String job = id.toString();
    h.jdbc().update("DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_NAME IN (SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE JOB_NAME = ?)", job);
    h.jdbc().update("DELETE FROM QRTZ_TRIGGERS WHERE JOB_NAME = ?", job);
    h.jdbc().update("DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = ?", job);
  }
}
