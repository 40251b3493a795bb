package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Several node processes on one PostgreSQL schema. */
@Tag("cluster")
class PostgresClusterTest {
  private ClusterFixture cluster;

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void threeExecutingNodesRunTwoThousandTasksExactlyOnceAndTheManageOnlyNodeRunsNone()
      throws Exception {
    cluster = new ClusterFixture(TestDatabases.postgres(), "pg-exactly-once");
    String url = cluster.url();
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(url, "exec-1").withWorkers(8),
            NodeOptions.executing(url, "exec-2").withWorkers(8),
            NodeOptions.executing(url, "exec-3").withWorkers(8),
            NodeOptions.manageOnly(url, "manager"));

    assertThat(nodes.get(3).send("noop 2000 500 2500", ClusterFixture.ANSWER))
        .startsWith("SCHEDULED 2000");

    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> cluster.successesPerTask().size() == 2000);
    Map<String, Integer> successes = cluster.successesPerTask();
    assertThat(successes.values()).allMatch(n -> n == 1);
    Map<String, Integer> perNode = cluster.rowsPerNode();
    assertThat(perNode).doesNotContainKey("manager");
    assertThat(perNode.keySet()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(perNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);
    System.out.println("rows per node: " + perNode);
  }

  @Test
  void twoNodesStartedAtTheSameInstantOnAFreshSchemaBothMigrateAndRun() throws Exception {
    cluster = new ClusterFixture(TestDatabases.postgres(), "pg-start-race");
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "racer-1"),
            NodeOptions.executing(cluster.url(), "racer-2"));
    StartupRace.assertBothRun(cluster, nodes);
  }
}
