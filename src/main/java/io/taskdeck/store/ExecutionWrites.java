package io.taskdeck.store;

import io.taskdeck.core.Execution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Batched writes of execution-log rows, inside a transaction the caller owns. */
public final class ExecutionWrites {
  private static final String INSERT =
      "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, status,"
          + " error) VALUES (?, ?, ?, ?, ?, ?, ?)";

  /** An occurrence recorded as MISSED. */
  public record Missed(UUID taskId, Instant occurrence, String error) {}

  /** Inserts one RUNNING row per claim and returns their log ids, in order. */
  List<Long> insertRunning(Connection c, List<Claimed> claims, String node, Instant now)
      throws SQLException {
    List<Long> ids = new ArrayList<>(claims.size());
    if (claims.isEmpty()) {
      return ids;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"log_id"})) {
      for (Claimed cl : claims) {
        Jdbc.bind(
            ps,
            cl.id(),
            cl.attempt().number(),
            node,
            cl.attempt().occurrence(),
            now,
            "RUNNING",
            null);
        ps.addBatch();
      }
      ps.executeBatch();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
    if (ids.size() != claims.size()) {
      throw new SQLException("expected " + claims.size() + " generated log ids, got " + ids.size());
    }
    return ids;
  }

  /** Inserts one MISSED row per missed occurrence (attempt 1, never started). */
  void insertMissed(Connection c, List<Missed> missed, String node) throws SQLException {
    if (missed.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (Missed m : missed) {
        Jdbc.bind(ps, m.taskId(), 1, node, m.occurrence(), null, "MISSED", m.error());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Completes RUNNING rows with their outcomes. */
  void finish(Connection c, List<Execution> done) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task_execution_log SET finished_at = ?, status = ?, exit_code = ?, http_status = ?,"
                + " output = ?, error = ? WHERE log_id = ?")) {
      for (Execution e : done) {
        Jdbc.bind(
            ps,
            e.finishedAt(),
            e.status().name(),
            e.exitCode(),
            e.httpStatus(),
            e.output(),
            e.error(),
            e.logId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Marks RUNNING rows INTERRUPTED with {@code reason}; returns how many. */
  static int interrupt(Connection c, List<Long> logIds, Instant now, String reason)
      throws SQLException {
    int n = 0;
    if (logIds.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task_execution_log SET status = 'INTERRUPTED', finished_at = ?, error = ?"
                + " WHERE log_id = ? AND status = 'RUNNING'")) {
      for (Long id : logIds) {
        Jdbc.bind(ps, now, reason, id);
        ps.addBatch();
      }
      for (int count : ps.executeBatch()) {
        n += count == 0 ? 0 : 1;
      }
    }
    return n;
  }
}
