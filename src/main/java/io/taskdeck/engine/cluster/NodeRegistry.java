package io.taskdeck.engine.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.store.Jdbc;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's row in {@code cluster_node}: written at every heartbeat with the database clock, the
 * attempts running here and the measured clock skew; deleted when the node leaves cleanly. Rows of
 * nodes silent for over an hour are pruned by whoever beats next.
 */
final class NodeRegistry {
  static final Duration SKEW_LIMIT = Duration.ofSeconds(1);
  private static final Duration PRUNE_AFTER = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(NodeRegistry.class);

  private final Jdbc jdbc;
  private final DatabaseClock clock;
  private final String nodeId;
  private final ClusterNode.Mode mode;
  private final Duration interval;
  private final IntSupplier running;
  private final String host = localHost();
  private volatile boolean skewed;

  NodeRegistry(
      Jdbc jdbc, DatabaseClock clock, String nodeId, ClusterNode.Mode mode, Duration interval, IntSupplier running) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.nodeId = nodeId;
    this.mode = mode;
    this.interval = interval;
    this.running = running;
  }

  /** One heartbeat: measures the skew and upserts this node's row in one transaction. */
  void beat() {
    jdbc.inTransaction(
        c -> {
          Duration skew = clock.skew(c);
          noteSkew(skew);
          if (update(c, skew) == 0) {
            insert(c, skew);
          }
          return null;
        });
  }

  private int update(Connection c, Duration skew) throws SQLException {
    return Jdbc.update(
        c,
        "UPDATE cluster_node SET host = ?, mode = ?, last_checkin = CURRENT_TIMESTAMP, checkin_ms = ?,"
            + " running = ?, clock_skew_ms = ? WHERE node_id = ?",
        host, mode.wireName(), interval.toMillis(), running.getAsInt(), skew.toMillis(), nodeId);
  }

  private void insert(Connection c, Duration skew) throws SQLException {
    Jdbc.update(
        c,
        "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running,"
            + " clock_skew_ms) VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?)",
        nodeId, host, mode.wireName(), interval.toMillis(), running.getAsInt(), skew.toMillis());
    log.info("Node {} ({}, {}) joined the cluster", nodeId, host, mode.wireName());
  }

  private void noteSkew(Duration skew) {
    boolean now = skew.abs().compareTo(SKEW_LIMIT) > 0;
    if (now && !skewed) {
      log.warn("Clock of node {} differs from the database clock by {} ms (limit {} ms)", nodeId, skew.toMillis(), SKEW_LIMIT.toMillis());
    } else if (!now && skewed) {
      log.info("Clock of node {} agrees with the database clock again ({} ms)", nodeId, skew.toMillis());
    }
    skewed = now;
  }

  /** Deletes rows of nodes that have been silent for long; they were stale for an hour already. */
  void prune() {
    jdbc.inTransaction(
        c -> {
          java.time.Instant cutoff = DatabaseClock.now(c).minus(PRUNE_AFTER);
          return Jdbc.update(c, "DELETE FROM cluster_node WHERE last_checkin < ?", cutoff);
        });
  }

  /** Removes this node's row: it left the cluster cleanly. */
  void leave() {
    jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", nodeId);
    log.info("Node {} left the cluster", nodeId);
  }

  private static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
