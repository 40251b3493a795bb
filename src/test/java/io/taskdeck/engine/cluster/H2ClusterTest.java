package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two processes on one H2 data dir: the first to open it hosts the H2 server ({@code AUTO_SERVER}),
 * the other connects to it. When the host dies, the other reopens the file, becomes the host, and
 * carries on.
 */
@Tag("cluster")
class H2ClusterTest {
  private static final Logger log = LoggerFactory.getLogger(H2ClusterTest.class);
  private static final int TASKS = 400;
  @TempDir Path dir;
  private ClusterFixture cluster;

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void twoProcessesShareTheWorkAndTheSurvivorOfTheH2HostFinishesItWithoutLoss() throws Exception {
    cluster = new ClusterFixture(TestDatabases.h2(dir), "h2-host-dies");
    NodeProcess host = cluster.start(NodeOptions.executing(cluster.url(), "h2-host"));
    NodeProcess guest = cluster.start(NodeOptions.executing(cluster.url(), "h2-guest"));
    guest.send("noop " + TASKS + " 500 6000", ClusterFixture.ANSWER);

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> successfulTasks(guest) >= TASKS / 4);
    long killedAt = System.currentTimeMillis();
    host.kill();
    int atKill = successfulTasks(guest);
    // the guest must reconnect, become the H2 host, recover the host's fired triggers and finish
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> successfulTasks(guest) == TASKS);
    log.info(
        "H2: {} of {} tasks done when the host was killed; the rest took {} ms more",
        atKill,
        TASKS,
        System.currentTimeMillis() - killedAt);

    assertThat(guest.send("successes", ClusterFixture.ANSWER))
        .isEqualTo("SUCCESSES " + TASKS + " " + TASKS);
    Map<String, Integer> perNode = cluster.rowsPerNode();
    assertThat(perNode).containsKeys("h2-host", "h2-guest");
    assertThat(cluster.successesPerTask().values()).hasSize(TASKS).allMatch(n -> n == 1);
  }

  @Test
  void twoNodesStartedAtTheSameInstantOnAFreshDataDirBothMigrateAndRun() throws Exception {
    cluster = new ClusterFixture(TestDatabases.h2(dir), "h2-start-race");
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "racer-1"),
            NodeOptions.executing(cluster.url(), "racer-2"));
    StartupRace.assertBothRun(cluster, nodes);
  }

  /**
   * The executing process polls Quartz only every 5 s here, and its dispatch sweeper looks for due
   * work once a second. Without the wake-up signal row these tasks, due 300 ms after the
   * manage-only process scheduled them, would start up to a second late, half of them over 500 ms.
   */
  @Test
  void aTaskScheduledThroughAManageOnlyProcessStartsOnTheOtherWithinHalfASecond() throws Exception {
    cluster = new ClusterFixture(TestDatabases.h2(dir), "h2-wake-up");
    cluster.start(NodeOptions.executing(cluster.url(), "h2-worker").withIdleWaitMs(5000));
    NodeProcess manager =
        cluster.start(NodeOptions.manageOnly(cluster.url(), "h2-manager").withIdleWaitMs(5000));

    List<Long> delays = WakeUpRounds.measure(cluster, manager, 10);
    log.info(
        "Due-to-start delay on another node (H2, idle wait 5 s, signal row): {}",
        Percentiles.summary(delays));
    assertThat(delays).hasSize(10).allMatch(d -> d < 500, "under 500 ms");
    assertThat(cluster.rowsPerNode()).containsOnlyKeys("h2-worker");
  }

  private static int successfulTasks(NodeProcess node) {
    return Integer.parseInt(node.send("successes", ClusterFixture.ANSWER).split(" ")[1]);
  }
}
