package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.testsupport.TestDatabases;
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

    List<Long> delays = WakeUpRounds.measure(cluster, manager, ROUNDS);
    log.info(
        "Due-to-start delay on another node (PostgreSQL, idle wait 5 s, LISTEN/NOTIFY): {}",
        Percentiles.summary(delays));
    assertThat(delays).hasSize(ROUNDS).allMatch(d -> d < 1000, "under 1000 ms");
    assertThat(cluster.rowsPerNode()).doesNotContainKey("manager");
  }
}
