package io.taskdeck.engine.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.store.Jdbc;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's row in {@code cluster_node}, our own liveness record on the database clock: written
 * at start with a new incarnation (the process's start epoch, database clock, in milliseconds, and
 * above any earlier incarnation of the node id), then at every heartbeat with the attempts running
 * here, the measured clock skew and why the node does not execute, if it does not. A claim is live
 * while its incarnation's row has checked in within the detection bound. Rows of nodes silent for
 * over an hour are pruned by whoever beats next; a node that leaves cleanly deletes its row.
 */
final class NodeRegistry {
  static final Duration SKEW_LIMIT = Duration.ofSeconds(1);
  private static final Duration PRUNE_AFTER = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(NodeRegistry.class);

  private final Jdbc jdbc;
  private final Clock local;
  private final DatabaseTime time;
  private final ExecutionGate gate;
  private final String nodeId;
  private final ClusterNode.Mode mode;
  private final Duration interval;
  private final IntSupplier running;
  private final String host = localHost();
  private volatile long incarnation;
  private volatile boolean skewed;

  NodeRegistry(
      Jdbc jdbc,
      Clock local,
      DatabaseTime time,
      ExecutionGate gate,
      String nodeId,
      ClusterNode.Mode mode,
      Duration interval,
      IntSupplier running) {
    this.jdbc = jdbc;
    this.local = local;
    this.time = time;
    this.gate = gate;
    this.nodeId = nodeId;
    this.mode = mode;
    this.interval = interval;
    this.running = running;
  }

  /** Starts a new incarnation of this node id and returns it. */
  long register() {
    long sent = System.nanoTime();
    gate.renewed(sent, sent); // the first check-in: if it fails, the node does not start at all
    incarnation =
        jdbc.inTransaction(
            c -> {
              Duration skew = measure(c);
              long epoch = Jdbc.databaseNow(c).toEpochMilli();
              List<Long> earlier =
                  Jdbc.query(
                      c,
                      "SELECT incarnation FROM cluster_node WHERE node_id = ? FOR UPDATE",
                      rs -> rs.getLong(1),
                      nodeId);
              long inc = earlier.isEmpty() ? epoch : Math.max(epoch, earlier.get(0) + 1);
              Jdbc.update(c, "DELETE FROM cluster_node WHERE node_id = ?", nodeId);
              Jdbc.update(
                  c,
                  "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running,"
                      + " clock_skew_ms, incarnation, not_executing) VALUES (?, ?, ?, CURRENT_TIMESTAMP,"
                      + " CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)",
                  nodeId,
                  host,
                  mode.wireName(),
                  interval.toMillis(),
                  running.getAsInt(),
                  skew.toMillis(),
                  inc,
                  gate.reason());
              return inc;
            });
    log.info(
        "Node {} ({}, {}) joined the cluster as incarnation {}",
        nodeId,
        host,
        mode.wireName(),
        incarnation);
    return incarnation;
  }

  long incarnation() {
    return incarnation;
  }

  /**
   * One heartbeat: measures the skew and renews this incarnation's check-in in one transaction. A
   * row taken over by a newer incarnation (another process with this node id) stops this one for
   * good; a row that vanished (pruned while the node was frozen) is written again.
   */
  void beat() {
    long sent = System.nanoTime();
    boolean renewed =
        jdbc.inTransaction(
            c -> {
              Duration skew = measure(c);
              int n =
                  Jdbc.update(
                      c,
                      "UPDATE cluster_node SET host = ?, mode = ?, last_checkin = CURRENT_TIMESTAMP, checkin_ms = ?,"
                          + " running = ?, clock_skew_ms = ?, not_executing = ? WHERE node_id = ? AND incarnation = ?",
                      host,
                      mode.wireName(),
                      interval.toMillis(),
                      running.getAsInt(),
                      skew.toMillis(),
                      gate.reason(),
                      nodeId,
                      incarnation);
              if (n > 0) {
                return true;
              }
              List<Long> other =
                  Jdbc.query(
                      c,
                      "SELECT incarnation FROM cluster_node WHERE node_id = ?",
                      rs -> rs.getLong(1),
                      nodeId);
              if (!other.isEmpty()) {
                return false;
              }
              Jdbc.update(
                  c,
                  "INSERT INTO cluster_node (node_id, host, mode, started_at, last_checkin, checkin_ms, running,"
                      + " clock_skew_ms, incarnation, not_executing) VALUES (?, ?, ?, CURRENT_TIMESTAMP,"
                      + " CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)",
                  nodeId,
                  host,
                  mode.wireName(),
                  interval.toMillis(),
                  running.getAsInt(),
                  skew.toMillis(),
                  incarnation,
                  gate.reason());
              return true;
            });
    if (renewed) {
      gate.renewed(sent, System.nanoTime());
    } else {
      gate.superseded();
    }
  }

  /**
   * Database clock minus local clock, taken halfway through the round trip (the skew the node
   * reports and is judged by). {@link DatabaseTime} gets the smallest offset the round trip allows
   * (as if the database had read its clock at the very end of it), so that the node's idea of the
   * database's time is never ahead of it and no attempt starts before its due time; it is behind by
   * at most the round trip.
   */
  private Duration measure(Connection c) throws SQLException {
    long before = local.millis();
    Instant db = Jdbc.databaseNow(c);
    long after = local.millis();
    Duration skew = Duration.ofMillis(db.toEpochMilli() - (before + (after - before) / 2));
    time.offset(Duration.ofMillis(db.toEpochMilli() - after));
    gate.skew(skew);
    noteSkew(skew);
    return skew;
  }

  private void noteSkew(Duration skew) {
    boolean now = skew.abs().compareTo(SKEW_LIMIT) > 0;
    if (now && !skewed) {
      log.warn(
          "Clock of node {} differs from the database clock by {} ms", nodeId, skew.toMillis());
    } else if (!now && skewed) {
      log.info(
          "Clock of node {} agrees with the database clock again ({} ms)", nodeId, skew.toMillis());
    }
    skewed = now;
  }

  /** Deletes rows of nodes that have been silent for long; they were stale for an hour already. */
  void prune() {
    jdbc.inTransaction(
        c ->
            Jdbc.update(
                c,
                "DELETE FROM cluster_node WHERE last_checkin < ?",
                Jdbc.databaseNow(c).minus(PRUNE_AFTER)));
  }

  /** Removes this incarnation's row: it left the cluster cleanly. */
  void leave() {
    jdbc.update(
        "DELETE FROM cluster_node WHERE node_id = ? AND incarnation = ?", nodeId, incarnation);
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
