package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash, a same-id restart and an ambiguous commit leave behind, made by hand in the
 * database as those faults leave it, and how the lane gives it back (docs/engine.md, cluster
 * guarantees 2, 4 and 5). The fault tests on real processes are in io.taskdeck.fault.
 */
@Tag("db")
abstract class RecoveryContractTest {
  static final Duration WAIT = Duration.ofSeconds(30);

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

  /**
   * Makes {@code task}'s attempt look claimed and started by {@code node}'s {@code incarnation},
   * with a RUNNING row.
   */
  private long runningOn(Task task, String node, long incarnation) {
    h.jdbc()
        .update(
            "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, status)"
                + " VALUES (?, 1, ?, ?, ?, 'RUNNING')",
            task.id(),
            node,
            task.nextRun(),
            Instant.now());
    long logId =
        h.jdbc()
            .query(
                "SELECT MAX(log_id) FROM task_execution_log WHERE task_id = ?",
                rs -> rs.getLong(1),
                task.id())
            .get(0);
    h.jdbc()
        .update(
            "UPDATE task_queue SET claim_node = ?, claim_inc = ?, log_id = ? WHERE task_id = ?",
            node,
            incarnation,
            logId,
            task.id());
    h.jdbc().update("UPDATE task SET status = 'RUNNING' WHERE task_id = ?", task.id());
    return logId;
  }

  private void claimedBy(Task task, String node, long incarnation) {
    h.jdbc()
        .update(
            "UPDATE task_queue SET claim_node = ?, claim_inc = ? WHERE task_id = ?",
            node,
            incarnation,
            task.id());
  }

  @Test
  void aNodeRestartedWithTheSameIdReleasesItsEarlierIncarnationsClaimsAtOnce() {
    h.start(b -> b.execute(false).nodeId("fixed-id"));
    Task running = h.service().schedule(TestTasks.noopAt("was running", Instant.now()));
    Task waiting = h.service().schedule(TestTasks.noopAt("was claimed", Instant.now()));
    long oldInc =
        h.jdbc()
            .query(
                "SELECT incarnation FROM cluster_node WHERE node_id = 'fixed-id'",
                rs -> rs.getLong(1))
            .get(0);
    long logId = runningOn(running, "fixed-id", oldInc);
    claimedBy(waiting, "fixed-id", oldInc);
    h.shutDown(); // as after kill -9, the rows stay; the node's heartbeat row went, as a clean
    // stop removes it

    h.start(
        b ->
            b.nodeId("fixed-id")
                .deadAfter(
                    Duration.ofHours(
                        1))); // detection would take an hour: only the restart frees them

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.service().get(running.id()).status() == TaskStatus.COMPLETED
                    && h.service().get(waiting.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(running.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.INTERRUPTED, ExecutionStatus.SUCCESS);
    assertThat(h.executions(running.id()).get(0).logId()).isEqualTo(logId);
    assertThat(h.executions(waiting.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.SUCCESS);
  }

  @Test
  void claimsOfAnIncarnationThatStoppedCheckingInAreReleasedAndItsRunningRowsClosed() {
    h.start(b -> b.execute(false));
    Task running = h.service().schedule(TestTasks.noopAt("running on the dead", Instant.now()));
    Task waiting = h.service().schedule(TestTasks.noopAt("claimed by the dead", Instant.now()));
    h.jdbc()
        .update(
            "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running, clock_skew_ms,"
                + " incarnation) VALUES ('dead-node', 'elsewhere', 'executing', ?, ?, 1000, 15, 0, 7)",
            Instant.now().minusSeconds(60),
            Instant.now().minusSeconds(60));
    runningOn(running, "dead-node", 7);
    claimedBy(waiting, "dead-node", 7);

    h.start();

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.service().get(running.id()).status() == TaskStatus.COMPLETED
                    && h.service().get(waiting.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(running.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.INTERRUPTED, ExecutionStatus.SUCCESS);
    assertThat(h.executions(waiting.id())).hasSize(1);
    ClusterNode dead =
        h.service().clusterNodes().stream()
            .filter(n -> n.nodeId().equals("dead-node"))
            .findFirst()
            .orElseThrow();
    assertThat(dead.running()).isZero();
    assertThat(dead.health()).isEqualTo(ClusterNode.Health.STALE);
  }

  @Test
  void aClaimOfALiveNodesEarlierIncarnationIsReleasedAlthoughTheNodeIdStillChecksIn() {
    h.start(b -> b.execute(false));
    Task waiting =
        h.service().schedule(TestTasks.noopAt("claimed by a former life", Instant.now()));
    h.jdbc()
        .update(
            "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running, clock_skew_ms,"
                + " incarnation) VALUES ('reborn', 'elsewhere', 'executing', ?, ?, 1000, 0, 0, 9)",
            Instant.now(),
            Instant.now().plusSeconds(3600));
    claimedBy(waiting, "reborn", 8);

    h.start();

    await()
        .atMost(WAIT)
        .until(() -> h.service().get(waiting.id()).status() == TaskStatus.COMPLETED);
  }

  @Test
  void aRunningTaskWithNoLiveClaimAndNoStartedAttemptGoesBackToTheQueueAndIsCountedAsARepair() {
    h.start(b -> b.execute(false));
    Task task = h.service().schedule(TestTasks.noopAt("left RUNNING", Instant.now()));
    // what an ambiguous start commit left on an earlier release: RUNNING, no claim, no live attempt
    h.jdbc().update("UPDATE task SET status = 'RUNNING' WHERE task_id = ?", task.id());

    var report = h.service().reconcile();

    assertThat(report.count("running_without_attempt")).isEqualTo(1);
    assertThat(
            h.registry()
                .get("taskdeck.repairs")
                .tag("kind", "running_without_attempt")
                .counter()
                .count())
        .isEqualTo(1.0);
    h.start();
    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id())).hasSize(1);
  }

  @Test
  void theFullReconciliationRunsByItselfEveryRepairInterval() {
    h.start(b -> b.repairInterval(Duration.ofSeconds(1)));
    Task task =
        h.service()
            .schedule(
                TestTasks.noop("hourly")
                    .schedule(
                        new io.taskdeck.core.Schedule.Interval(
                            Duration.ofHours(1), Instant.now().plusSeconds(2), null, null))
                    .build());
    UUID id = task.id();
    h.jdbc().update("DELETE FROM task_queue WHERE task_id = ?", id);

    await().atMost(WAIT).until(() -> h.executions(id).size() == 1);
    assertThat(
            h.registry()
                .get("taskdeck.repairs")
                .tag("kind", "task_without_attempt")
                .counter()
                .count())
        .isEqualTo(1.0);
  }
}
