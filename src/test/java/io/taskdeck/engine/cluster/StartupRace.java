package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a start-up race must leave behind: one migration history and two working nodes. */
final class StartupRace {
  private StartupRace() {}

  /** Both nodes are up; each migration was applied once; tasks run on both nodes. */
  static void assertBothRun(ClusterFixture cluster, List<NodeProcess> nodes) throws Exception {
    Map<String, Integer> applied =
        cluster.counts(
            "SELECT COALESCE(\"version\", \"description\"), COUNT(*) FROM \"flyway_schema_history\""
                + " GROUP BY COALESCE(\"version\", \"description\")");
    assertThat(applied).as("rows per migration in the history").containsKeys("1", "2", "20");
    assertThat(applied.values())
        .as("rows per migration in the history " + applied)
        .allMatch(n -> n == 1);
    assertThat(nodes.get(0).send("nodes", ClusterFixture.ANSWER))
        .contains("racer-1/executing/ok", "racer-2/executing/ok");

    for (int round = 0; round < 10 && cluster.rowsPerNode().size() < 2; round++) {
      int before = cluster.successesPerTask().size();
      nodes.get(round % 2).send("noop 40 200 1000", ClusterFixture.ANSWER);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> cluster.successesPerTask().size() == before + 40);
    }
    assertThat(cluster.rowsPerNode()).containsKeys("racer-1", "racer-2");
  }
}
