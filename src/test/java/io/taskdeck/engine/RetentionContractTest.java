package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.noop;
import static io.taskdeck.engine.TestTasks.noopAt;
import static io.taskdeck.engine.TestTasks.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.MaintenanceLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The retention purge on a real engine: what is old goes, what is new or still alive stays. Time is
 * a clock given to the purge, 30 days after a mark taken between the old and the new rows.
 */
abstract class RetentionContractTest extends EngineContractBase {
  static final Duration DAYS_30 = Duration.ofDays(30);

  @Test
  void oldFinishedOneShotTasksGoWithTheirRowsWhileNewLiveRecurringPausedAndDeadLetteredOnesStay() {
    // Also kept: a task cancelled while its attempt runs (the attempt still settles its row).
    Task running = tasks.schedule(shell("runs long", "sleep 60"));
    Task cancelledRunning = tasks.schedule(shell("cancelled while it runs", "sleep 60"));
    Task paused =
        tasks.pause(tasks.schedule(TestTasks.every("paused", Duration.ofHours(1), null)).id());
    Task recurring = tasks.schedule(TestTasks.every("every second", Duration.ofSeconds(1), null));
    Task future = tasks.schedule(noopAt("next year", Instant.now().plus(Duration.ofDays(365))));
    Task completed = tasks.schedule(noop("done").build());
    Task cancelled =
        tasks.cancel(tasks.schedule(noopAt("cancelled", Instant.now().plusSeconds(3600))).id());
    Task deadLettered = tasks.schedule(shell("dead letter open", "exit 3"));
    Task letterDeleted = tasks.schedule(shell("dead letter deleted", "exit 4"));
    awaitStatus(completed, TaskStatus.COMPLETED);
    awaitStatus(deadLettered, TaskStatus.FAILED);
    awaitStatus(letterDeleted, TaskStatus.FAILED);
    awaitStatus(running, TaskStatus.RUNNING);
    awaitStatus(cancelledRunning, TaskStatus.RUNNING);
    tasks.cancel(cancelledRunning.id());
    for (DeadLetter d : h.engine().deadLetters().deadLetters(10, null).items()) {
      if (d.taskId().equals(letterDeleted.id())) {
        h.engine().deadLetters().deleteDeadLetter(d.id());
      }
    }
    await().atMost(WAIT).until(() -> executionRows(recurring.id()) >= 2);
    Instant mark = latestChange().plusMillis(1);
    Task fresh = tasks.schedule(noop("fresh").build());
    awaitStatus(fresh, TaskStatus.COMPLETED);
    await().atMost(WAIT).until(() -> rowsFinishedFrom(recurring.id(), mark) >= 1);
    int recurringBefore = executionRows(recurring.id());

    Purger.Report report =
        purger("a", RetentionSettings.of(DAYS_30, DAYS_30), mark.plus(DAYS_30)).purge();

    assertThat(report.leased()).isTrue();
    assertThat(taskRows(completed.id(), cancelled.id(), letterDeleted.id())).isZero();
    assertThat(executionRows(completed.id()) + executionRows(letterDeleted.id())).isZero();
    assertThat(report.tasks()).isEqualTo(3);
    for (Task kept :
        List.of(running, cancelledRunning, paused, recurring, future, deadLettered, fresh)) {
      assertThat(taskRows(kept.id())).as(kept.name()).isEqualTo(1);
    }
    assertThat(tasks.get(running.id()).status()).isEqualTo(TaskStatus.RUNNING);
    assertThat(tasks.get(paused.id()).status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(executionRows(running.id())).as("the RUNNING row").isEqualTo(1);
    assertThat(executionRows(cancelledRunning.id()))
        .as("the RUNNING row of a cancelled task")
        .isEqualTo(1);
    assertThat(executionRows(deadLettered.id())).as("the open dead letter's last row").isEqualTo(1);
    assertThat(executionRows(fresh.id())).isEqualTo(1);
    assertThat(rowsFinishedBefore(recurring.id(), mark)).isZero();
    assertThat(rowsFinishedFrom(recurring.id(), mark)).isGreaterThanOrEqualTo(1);
    assertThat(executionRows(recurring.id())).isLessThan(recurringBefore);
    assertThat(h.engine().deadLetters().deadLetters(10, null).items())
        .extracting(DeadLetter::taskId)
        .containsExactly(deadLettered.id());
  }

  @Test
  void zeroKeepsEverything() {
    Task done = tasks.schedule(noop("done").build());
    awaitStatus(done, TaskStatus.COMPLETED);

    Purger.Report report =
        purger(
                "a",
                RetentionSettings.of(Duration.ZERO, Duration.ZERO),
                Instant.now().plus(Duration.ofDays(3650)))
            .purge();

    assertThat(report.leased()).isFalse();
    assertThat(taskRows(done.id())).isEqualTo(1);
    assertThat(executionRows(done.id())).isEqualTo(1);
  }

  @Test
  void zeroExecutionRetentionKeepsTheRowsOfTasksThatStay() {
    Task recurring = tasks.schedule(TestTasks.every("every second", Duration.ofSeconds(1), null));
    await().atMost(WAIT).until(() -> executionRows(recurring.id()) >= 2);
    int rows = executionRows(recurring.id());

    Purger.Report report =
        purger(
                "a",
                RetentionSettings.of(Duration.ZERO, DAYS_30),
                Instant.now().plus(Duration.ofDays(3650)))
            .purge();

    assertThat(report.executions()).isZero();
    assertThat(executionRows(recurring.id())).isGreaterThanOrEqualTo(rows);
  }

  @Test
  void morePurgeableRowsThanOneBatchAreAllDeletedBatchByBatch() {
    List<TaskSpec> specs =
        IntStream.range(0, 250).mapToObj(i -> noop("bulk " + i).build()).toList();
    List<UUID> ids = tasks.scheduleAll(specs);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> tasks.countByStatus().getOrDefault(TaskStatus.COMPLETED, 0L) == 250);
    insertOldExecutionRows(UUID.randomUUID(), 430, Instant.now().minus(Duration.ofDays(40)));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Purger purger =
        purger(
            "a",
            RetentionSettings.of(DAYS_30, DAYS_30).withBatchSize(100),
            Instant.now().plus(DAYS_30),
            registry);

    Purger.Report report = purger.purge();

    assertThat(report.tasks()).isEqualTo(250);
    assertThat(report.executions()).isEqualTo(430 + 250);
    assertThat(count("SELECT COUNT(*) FROM task_execution_log")).isZero();
    assertThat(taskRows(ids.toArray(UUID[]::new))).isZero();
    assertThat(registry.get("taskdeck.retention.deleted").tag("kind", "tasks").counter().count())
        .isEqualTo(250.0);
    assertThat(
            registry.get("taskdeck.retention.deleted").tag("kind", "executions").counter().count())
        .isEqualTo(680.0);
    assertThat(registry.get("taskdeck.retention.last.purge.timestamp").gauge().value())
        .isPositive();
  }

  @Test
  void aPurgeWaitsForTheLeaseAndANodeThatLostItDeletesNothingMore() {
    insertOldExecutionRows(UUID.randomUUID(), 50, Instant.now().minus(Duration.ofDays(40)));
    MaintenanceLease lease = lease();
    assertThat(lease.tryAcquire("other-node")).isTrue();

    Purger.Report blocked =
        purger("a", RetentionSettings.of(DAYS_30, DAYS_30), Instant.now()).purge();

    assertThat(blocked.leased()).isFalse();
    assertThat(count("SELECT COUNT(*) FROM task_execution_log")).isEqualTo(50);
    h.jdbc()
        .update(
            "UPDATE maintenance_lease SET expires_at = ? WHERE name = 'retention'",
            Instant.now().minus(Duration.ofMinutes(5)));
    Boolean renewed = h.jdbc().inTransaction(c -> lease.renew(c, "other-node"));
    assertThat(renewed).as("an expired lease is not renewed").isFalse();
    Purger.Report afterExpiry =
        purger("a", RetentionSettings.of(DAYS_30, DAYS_30), Instant.now()).purge();
    assertThat(afterExpiry.leased()).isTrue();
    assertThat(afterExpiry.executions()).isEqualTo(50);
    assertThat(lease.holder()).as("released after the purge").isEmpty();
  }

  @Test
  void aPurgeDuringSettlementsLosesNothingThatIsNotOld() {
    List<UUID> old =
        tasks.scheduleAll(IntStream.range(0, 300).mapToObj(i -> noop("old " + i).build()).toList());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> tasks.countByStatus().getOrDefault(TaskStatus.COMPLETED, 0L) == 300);
    Instant mark = latestChange().plusMillis(1);
    List<UUID> fresh =
        tasks.scheduleAll(
            IntStream.range(0, 400).mapToObj(i -> noop("fresh " + i).build()).toList());
    Purger purger =
        purger("a", RetentionSettings.of(DAYS_30, DAYS_30).withBatchSize(25), mark.plus(DAYS_30));
    List<Purger.Report> reports = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              reports.add(purger.purge());
              return count(
                      "SELECT COUNT(*) FROM task WHERE status = 'COMPLETED' AND task_name LIKE 'fresh %'")
                  == 400;
            });
    reports.add(purger.purge());

    assertThat(reports.stream().mapToLong(Purger.Report::tasks).sum()).isEqualTo(300);
    assertThat(taskRows(old.toArray(UUID[]::new))).isZero();
    assertThat(count("SELECT COUNT(*) FROM task WHERE status = 'COMPLETED'")).isEqualTo(400);
    assertThat(count("SELECT COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS'"))
        .isEqualTo(400);
    assertThat(count("SELECT COUNT(DISTINCT task_id) FROM task_execution_log")).isEqualTo(400);
    assertThat(taskRows(fresh.toArray(UUID[]::new))).isEqualTo(400);
  }

  Purger purger(String node, RetentionSettings settings, Instant now) {
    return purger(node, settings, now, new SimpleMeterRegistry());
  }

  Purger purger(
      String node, RetentionSettings settings, Instant now, SimpleMeterRegistry registry) {
    Jdbc jdbc = h.jdbc();
    return new Purger(
        jdbc,
        lease(),
        settings,
        Clock.fixed(now, ZoneOffset.UTC),
        new RetentionMetrics(registry),
        node,
        () -> true);
  }

  MaintenanceLease lease() {
    return new MaintenanceLease(h.jdbc(), "retention", Duration.ofMinutes(2));
  }

  void awaitStatus(Task task, TaskStatus status) {
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == status);
  }

  /** The latest change the engine wrote so far, on its own clock. */
  Instant latestChange() {
    return h.jdbc()
        .query(
            "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM task UNION ALL SELECT MAX(finished_at) FROM task_execution_log) x",
            rs -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
        .get(0);
  }

  int executionRows(UUID task) {
    return (int) count("SELECT COUNT(*) FROM task_execution_log WHERE task_id = ?", task);
  }

  int rowsFinishedBefore(UUID task, Instant mark) {
    return (int)
        count(
            "SELECT COUNT(*) FROM task_execution_log WHERE task_id = ? AND finished_at < ?",
            task,
            mark);
  }

  int rowsFinishedFrom(UUID task, Instant mark) {
    return (int)
        count(
            "SELECT COUNT(*) FROM task_execution_log WHERE task_id = ? AND finished_at >= ?",
            task,
            mark);
  }

  long taskRows(UUID... ids) {
    long n = 0;
    for (UUID id : ids) {
      n += count("SELECT COUNT(*) FROM task WHERE task_id = ?", id);
    }
    return n;
  }

  long count(String sql, Object... params) {
    return h.jdbc().query(sql, rs -> rs.getLong(1), params).get(0);
  }

  /** Execution rows that finished at {@code finished}, as if written long ago. */
  void insertOldExecutionRows(UUID task, int n, Instant finished) {
    h.jdbc()
        .inTransaction(
            c -> {
              for (int i = 0; i < n; i++) {
                Jdbc.update(
                    c,
                    "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, finished_at,"
                        + " status) VALUES (?, 1, 'old-node', ?, ?, ?, 'SUCCESS')",
                    task,
                    finished,
                    finished,
                    finished);
              }
              return null;
            });
  }
}
