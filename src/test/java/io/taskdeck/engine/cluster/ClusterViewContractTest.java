package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.ClusterNode.Health;
import io.taskdeck.core.ClusterNode.Mode;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cluster view on one database with two engines (one executing, one manage-only) in this JVM.
 */
@Tag("db")
abstract class ClusterViewContractTest {
  private final List<AutoCloseable> open = new ArrayList<>();
  private TestDatabase tdb;
  private TaskEngine executing;
  private TaskEngine manager;
  private Jdbc jdbc;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void startTwoNodes() {
    tdb = newDatabase();
    executing = engine("worker-node", true);
    manager = engine("manager-node", false);
  }

  private TaskEngine engine(String nodeId, boolean execute) {
    Database db = tdb.open();
    open.add(0, db);
    jdbc = new Jdbc(db.dataSource());
    EngineConfig cfg =
        EngineConfig.builder()
            .nodeId(nodeId)
            .execute(execute)
            .workerThreads(2)
            .checkinInterval(Duration.ofSeconds(1))
            .build();
    TaskEngine engine = new TaskEngine(db, cfg, new SimpleMeterRegistry());
    open.add(0, engine);
    engine.start();
    return engine;
  }

  @AfterEach
  void stopAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    tdb.close();
  }

  @Test
  void bothNodesAreListedWithTheirModeAndAreHealthy() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> byId(manager.service().clusterNodes()).containsKey("worker-node"));
    Map<String, ClusterNode> nodes = byId(manager.service().clusterNodes());

    assertThat(nodes.get("worker-node").mode()).isEqualTo(Mode.EXECUTING);
    assertThat(nodes.get("manager-node").mode()).isEqualTo(Mode.MANAGE_ONLY);
    assertThat(nodes.values()).extracting(ClusterNode::health).containsOnly(Health.OK);
    assertThat(nodes.values()).extracting(ClusterNode::host).doesNotContainNull();
    assertThat(executing.service().clusterNodes())
        .extracting(ClusterNode::nodeId)
        .contains("worker-node", "manager-node");
  }

  @Test
  void theManageOnlyNodeIsNotAQuartzSchedulerInstance() {
    List<String> instances =
        jdbc.query("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE", rs -> rs.getString(1));
    assertThat(instances).contains("worker-node").doesNotContain("manager-node");
  }

  @Test
  void aNodeSilentForMoreThanTwoIntervalsIsStale() {
    insertRow("ghost", Instant.now().minusSeconds(30), 0);
    assertThat(byId(manager.service().clusterNodes()).get("ghost").health())
        .isEqualTo(Health.STALE);
  }

  @Test
  void aNodeWhoseClockIsOffByMoreThanASecondIsClockSkewed() {
    insertRow("skewed", Instant.now().plusSeconds(3600), 5_000); // far in the future: never stale
    assertThat(byId(manager.service().clusterNodes()).get("skewed").health())
        .isEqualTo(Health.CLOCK_SKEWED);
  }

  @Test
  void aNodeThatStopsLeavesTheView() {
    manager.stop();
    assertThat(byId(executing.service().clusterNodes()))
        .doesNotContainKey("manager-node")
        .containsKey("worker-node");
  }

  @Test
  void theHeartbeatCountsTheAttemptsRunningOnTheNode() {
    assertThat(byId(manager.service().clusterNodes()).get("worker-node").running()).isZero();
  }

  private void insertRow(String id, Instant lastCheckin, long skewMs) {
    jdbc.update(
        "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running, clock_skew_ms)"
            + " VALUES (?, 'elsewhere', 'executing', ?, ?, 1000, 0, ?)",
        id,
        lastCheckin,
        lastCheckin,
        skewMs);
  }

  private static Map<String, ClusterNode> byId(List<ClusterNode> nodes) {
    return nodes.stream().collect(Collectors.toMap(ClusterNode::nodeId, Function.identity()));
  }
}
