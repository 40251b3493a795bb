package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A node dies (kill -9) or freezes (SIGSTOP) with attempts in flight; another node takes over. */
@Tag("cluster")
class PostgresFailoverTest {
  private static final Logger log = LoggerFactory.getLogger(PostgresFailoverTest.class);
  private ClusterFixture cluster;

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theAttemptsOfAKilledNodeRunOnceMoreOnASurvivorWithinFifteenSeconds() throws Exception {
    cluster = new ClusterFixture(TestDatabases.postgres(), "pg-failover");
    String url = cluster.url();
    List<NodeProcess> nodes =
        cluster.start(NodeOptions.executing(url, "node-a"), NodeOptions.executing(url, "node-b"));
    nodes.get(1).send("shell 6 1000 sleep 3", ClusterFixture.ANSWER);

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> running("node-a") > 0 && running("node-b") > 0);
    List<Long> victims =
        cluster.longs(
            "SELECT log_id FROM task_execution_log WHERE node_id = 'node-a' AND status = 'RUNNING'");
    long killedAt = System.currentTimeMillis();
    nodes.get(0).kill();

    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> cluster.successesPerTask().size() == 6);
    Map<String, Integer> successes = cluster.successesPerTask();
    assertThat(successes.values()).allMatch(n -> n == 1);
    List<Long> recoveries = recoveryDelays(killedAt);
    log.info(
        "Killed node-a with {} attempts running; re-run by node-b after kill: {}",
        victims.size(),
        recoveries);
    assertThat(recoveries).hasSize(victims.size()).allMatch(ms -> ms < 15_000, "under 15 s");
  }

  /**
   * For each task node-a was running: when node-b started it again, in ms after the kill. The dead
   * node's rows of those attempts are INTERRUPTED by then (they stayed RUNNING before the one
   * lane).
   */
  private List<Long> recoveryDelays(long killedAt) throws Exception {
    List<Long> out = new ArrayList<>();
    for (long start :
        cluster.longs(
            "SELECT CAST(EXTRACT(EPOCH FROM b.started_at) * 1000 AS BIGINT) FROM task_execution_log a"
                + " JOIN task_execution_log b ON a.task_id = b.task_id AND b.node_id = 'node-b'"
                + " WHERE a.node_id = 'node-a' AND a.status = 'INTERRUPTED'")) {
      out.add(start - killedAt);
    }
    return out;
  }

  private int running(String node) throws Exception {
    return cluster
        .counts(
            "SELECT node_id, COUNT(*) FROM task_execution_log WHERE status = 'RUNNING' GROUP BY node_id")
        .getOrDefault(node, 0);
  }
}
