package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node is suspended (SIGSTOP, like a laptop lid closing) while it holds acquired and fired
 * triggers, is declared dead, and its work is recovered by the other node. When it wakes (SIGCONT)
 * it must not start any of that work again. PostgreSQL ends sessions left idle in a transaction
 * after 3 s here, so a node frozen while holding Quartz's row lock cannot stall the cluster.
 */
@Tag("cluster")
class PostgresSuspendedNodeTest {
  private static final Logger log = LoggerFactory.getLogger(PostgresSuspendedNodeTest.class);
  private static final int TASKS = 300;
  private ClusterFixture cluster;

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aNodeThatWakesAfterBeingDeclaredDeadDoesNotStartRecoveredWorkAgain() throws Exception {
    cluster = new ClusterFixture(TestDatabases.postgres(), "pg-suspended");
    String url = cluster.url() + "&options=-c%20idle_in_transaction_session_timeout%3D3000";
    List<NodeProcess> nodes =
        cluster.start(NodeOptions.executing(url, "sleeper"), NodeOptions.executing(url, "watcher"));
    NodeProcess sleeper = nodes.get(0);
    nodes.get(1).send("noop " + TASKS + " 500 8000", ClusterFixture.ANSWER);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> cluster.rowsPerNode().getOrDefault("sleeper", 0) >= 20);
    long frozenAt = System.currentTimeMillis();
    sleeper.signal("STOP");
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> checkedIn("sleeper") == 0);
    long recoveredAfter = System.currentTimeMillis() - frozenAt;
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> cluster.successesPerTask().size() == TASKS);
    long wokeAt = System.currentTimeMillis();
    sleeper.signal("CONT");

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> checkedIn("sleeper") == 1);
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> restartedAfterWaking(frozenAt) == 0);
    log.info(
        "sleeper declared dead {} ms after SIGSTOP; SUCCESS rows per task after waking: {}; in flight at SIGSTOP: {}",
        recoveredAfter,
        cluster.counts(
            "SELECT 'max', MAX(n) FROM (SELECT COUNT(*) AS n FROM task_execution_log"
                + " WHERE status = 'SUCCESS' GROUP BY task_id) x"),
        inFlightAt(frozenAt));
    assertThat(cluster.successesPerTask()).hasSize(TASKS);
    assertThat(duplicatesNotInFlightAt(frozenAt))
        .as("tasks run twice though not in flight at SIGSTOP")
        .isZero();
    assertThat(wokeAt).isGreaterThan(frozenAt);
  }

  /** Attempts the sleeper started after it froze, of tasks the watcher ran too. */
  private long restartedAfterWaking(long frozenAt) throws Exception {
    return cluster
        .longs(
            "SELECT COUNT(*) FROM task_execution_log s JOIN task_execution_log w ON s.task_id = w.task_id"
                + " AND w.node_id = 'watcher' WHERE s.node_id = 'sleeper' AND s.started_at > "
                + at(frozenAt))
        .get(0);
  }

  /**
   * Tasks with more than one SUCCESS row that the sleeper had not already started when it froze.
   */
  private long duplicatesNotInFlightAt(long frozenAt) throws Exception {
    return cluster
        .longs(
            "SELECT COUNT(*) FROM (SELECT task_id FROM task_execution_log WHERE status = 'SUCCESS'"
                + " GROUP BY task_id HAVING COUNT(*) > 1) d WHERE NOT EXISTS (SELECT 1 FROM task_execution_log s"
                + " WHERE s.task_id = d.task_id AND s.node_id = 'sleeper' AND s.started_at <= "
                + at(frozenAt)
                + ")")
        .get(0);
  }

  private long inFlightAt(long frozenAt) throws Exception {
    return cluster
        .longs(
            "SELECT COUNT(*) FROM task_execution_log WHERE node_id = 'sleeper' AND started_at <= "
                + at(frozenAt)
                + " AND (finished_at IS NULL OR finished_at > "
                + at(frozenAt)
                + ")")
        .get(0);
  }

  private int checkedIn(String node) throws Exception {
    return cluster
        .longs("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = '" + node + "'")
        .get(0)
        .intValue();
  }

  private static String at(long epochMillis) {
    return "TO_TIMESTAMP(" + epochMillis + " / 1000.0)";
  }
}
