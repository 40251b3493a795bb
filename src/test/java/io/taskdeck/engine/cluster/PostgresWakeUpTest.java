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
 * A task scheduled through a manage-only node, due 300 ms later, starts on an executing node within
 * a second. The executing nodes poll only every 5 s here, so without the LISTEN/NOTIFY wake-up most
 * of these tasks would start seconds late.
 */
@Tag("cluster")
class PostgresWakeUpTest {
  private static final Logger log = LoggerFactory.getLogger(PostgresWakeUpTest.class);
  private static final int ROUNDS = 20;
  private ClusterFixture cluster;

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aTaskScheduledOnTheManageOnlyNodeStartsOnAnExecutingNodeWithinASecond() throws Exception {
    cluster = new ClusterFixture(TestDatabases.postgres(), "pg-wake-up");
    String url = cluster.url();
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(url, "exec-1").withIdleWaitMs(5000),
            NodeOptions.executing(url, "exec-2").withIdleWaitMs(5000),
            NodeOptions.manageOnly(url, "manager").withIdleWaitMs(5000));
    NodeProcess manager = nodes.get(2);

    for (int i = 1; i <= ROUNDS; i++) {
      manager.send("noop 1 300 0", ClusterFixture.ANSWER);
      int done = i;
      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
          .until(() -> cluster.successesPerTask().size() == done);
    }

    List<Long> delays = cluster.startDelaysMillis();
    log.info("Due-to-start delay on another node (PostgreSQL, idle wait 5 s, LISTEN/NOTIFY): {}", Percentiles.summary(delays));
    assertThat(delays).hasSize(ROUNDS).allMatch(d -> d < 1000, "under 1000 ms");
    assertThat(cluster.rowsPerNode()).doesNotContainKey("manager");
  }
}
