package io.taskdeck.engine.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * Schedules one task at a time through a node, each due 300 ms later, and measures its start delay.
 */
final class WakeUpRounds {
  private WakeUpRounds() {}

  /**
   * Runs {@code rounds} tasks one after the other; returns each one's start minus due time in ms.
   */
  static List<Long> measure(ClusterFixture cluster, NodeProcess scheduler, int rounds)
      throws Exception {
    for (int i = 1; i <= rounds; i++) {
      scheduler.send("noop 1 300 0", ClusterFixture.ANSWER);
      int done = i;
      await()
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> cluster.successesPerTask().size() == done);
    }
    return cluster.startDelaysMillis();
  }
}
