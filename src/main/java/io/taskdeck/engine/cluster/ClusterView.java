package io.taskdeck.engine.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.ClusterNode.Health;
import io.taskdeck.core.ClusterNode.Mode;
import io.taskdeck.store.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of the cluster, read from our {@code cluster_node} heartbeats and Quartz's {@code
 * QRTZ_SCHEDULER_STATE}. A node is stale when its last check-in is older than twice its interval
 * (on the database clock), and clock-skewed when its clock was over a second off the database's
 * at its last check-in. A node Quartz knows but that has no heartbeat row is listed as executing.
 */
final class ClusterView {
  private final Jdbc jdbc;
  private final String schedulerName;

  ClusterView(Jdbc jdbc, String schedulerName) {
    this.jdbc = jdbc;
    this.schedulerName = schedulerName;
  }

  List<ClusterNode> nodes() {
    return jdbc.inTransaction(
        c -> {
          Instant dbNow = DatabaseClock.now(c);
          Map<String, ClusterNode> byId = new LinkedHashMap<>();
          for (ClusterNode n : heartbeats(c, dbNow)) {
            byId.put(n.nodeId(), n);
          }
          for (ClusterNode n : quartzOnly(c, dbNow)) {
            byId.putIfAbsent(n.nodeId(), n);
          }
          List<ClusterNode> out = new ArrayList<>(byId.values());
          out.sort(Comparator.comparing(ClusterNode::nodeId));
          return out;
        });
  }

  private List<ClusterNode> heartbeats(Connection c, Instant dbNow) throws SQLException {
    return Jdbc.query(
        c,
        "SELECT node_id, host, mode, last_checkin, checkin_ms, running, clock_skew_ms FROM cluster_node",
        rs -> heartbeat(rs, dbNow));
  }

  private static ClusterNode heartbeat(ResultSet rs, Instant dbNow) throws SQLException {
    Instant last = Jdbc.instant(rs, "last_checkin");
    Duration interval = Duration.ofMillis(rs.getLong("checkin_ms"));
    Duration skew = Duration.ofMillis(rs.getLong("clock_skew_ms"));
    Mode mode = "manage-only".equals(rs.getString("mode")) ? Mode.MANAGE_ONLY : Mode.EXECUTING;
    return new ClusterNode(
        rs.getString("node_id"), rs.getString("host"), mode, last, rs.getInt("running"), health(dbNow, last, interval, skew));
  }

  /** Quartz's check-in time is the node's own clock, so its skew is unknown here. */
  private List<ClusterNode> quartzOnly(Connection c, Instant dbNow) throws SQLException {
    return Jdbc.query(
        c,
        "SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
        rs -> {
          Instant last = Instant.ofEpochMilli(rs.getLong("LAST_CHECKIN_TIME"));
          Duration interval = Duration.ofMillis(rs.getLong("CHECKIN_INTERVAL"));
          return new ClusterNode(
              rs.getString("INSTANCE_NAME"), "unknown", Mode.EXECUTING, last, 0, health(dbNow, last, interval, Duration.ZERO));
        },
        schedulerName);
  }

  static Health health(Instant dbNow, Instant lastCheckin, Duration interval, Duration skew) {
    if (Duration.between(lastCheckin, dbNow).compareTo(interval.multipliedBy(2)) > 0) {
      return Health.STALE;
    }
    return skew.abs().compareTo(NodeRegistry.SKEW_LIMIT) > 0 ? Health.CLOCK_SKEWED : Health.OK;
  }
}
