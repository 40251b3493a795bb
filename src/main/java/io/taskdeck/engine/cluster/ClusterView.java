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
import java.util.List;

/**
 * The nodes of the cluster, read from our {@code cluster_node} heartbeats (every node writes one,
 * executing or manage-only). A node is stale when its last check-in is older than twice its
 * interval (on the database clock), and clock-skewed when its clock was over a second off the
 * database's at its last check-in.
 */
final class ClusterView {
  private final Jdbc jdbc;

  ClusterView(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<ClusterNode> nodes() {
    return jdbc.inTransaction(
        c -> {
          Instant dbNow = Jdbc.databaseNow(c);
          List<ClusterNode> out = new ArrayList<>(heartbeats(c, dbNow));
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
        rs.getString("node_id"),
        rs.getString("host"),
        mode,
        last,
        rs.getInt("running"),
        health(dbNow, last, interval, skew));
  }

  static Health health(Instant dbNow, Instant lastCheckin, Duration interval, Duration skew) {
    if (Duration.between(lastCheckin, dbNow).compareTo(interval.multipliedBy(2)) > 0) {
      return Health.STALE;
    }
    return skew.abs().compareTo(NodeRegistry.SKEW_LIMIT) > 0 ? Health.CLOCK_SKEWED : Health.OK;
  }
}
