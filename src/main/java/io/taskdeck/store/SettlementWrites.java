package io.taskdeck.store;

import io.taskdeck.core.Execution;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.DispatchRepository.Settlement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The batched writes of a group of settlements, inside a transaction the caller owns. */
final class SettlementWrites {
  private final ExecutionWrites logWrites;

  SettlementWrites(ExecutionWrites logWrites) {
    this.logWrites = logWrites;
  }

  /**
   * Group-commits finished attempts: their log rows, their tasks' next state (only if the task is
   * still this node's RUNNING claim; otherwise a cancel or pause during the attempt wins and only
   * the outcome is recorded), and their dead letters. Returns each task's status afterwards when this
   * settlement set it.
   */
  Map<UUID, TaskStatus> settle(Connection c, List<Settlement> done, String node, Instant now) throws SQLException {
    if (done.isEmpty()) {
      return Map.of();
    }
    logWrites.finish(c, done.stream().map(Settlement::execution).toList());
    int[] counts;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET status = ?, due_at = ?, next_attempt = ?, execution_time = ?,"
                + " last_outcome = ?, retry_count = ?, claim_node = NULL, updated_at = ?"
                + " WHERE task_id = ? AND claim_node = ? AND status = 'RUNNING'")) {
      for (Settlement s : done) {
        Jdbc.bind(ps, s.to().name(), s.dueAt(), s.nextAttempt(), s.nextRun(), s.outcome().name(),
            s.execution().attempt(), now, s.claim().id(), node);
        ps.addBatch();
      }
      counts = ps.executeBatch();
    }
    Map<UUID, TaskStatus> moved = new LinkedHashMap<>();
    List<Settlement> overtaken = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        moved.put(done.get(i).claim().id(), done.get(i).to());
      } else {
        overtaken.add(done.get(i));
      }
    }
    recordOutcomeOnly(c, overtaken, now);
    insertDeadLetters(c, done, now);
    return moved;
  }

  private static void recordOutcomeOnly(Connection c, List<Settlement> overtaken, Instant now) throws SQLException {
    if (overtaken.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET last_outcome = ?, retry_count = ?, updated_at = ? WHERE task_id = ?")) {
      for (Settlement s : overtaken) {
        Jdbc.bind(ps, s.outcome().name(), s.execution().attempt(), now, s.claim().id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertDeadLetters(Connection c, List<Settlement> done, Instant now) throws SQLException {
    List<Settlement> dead = done.stream().filter(Settlement::deadLetter).toList();
    if (dead.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dead_letter (task_id, task_name, attempts, last_log_id, last_error, failed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Settlement s : dead) {
        Execution e = s.execution();
        Jdbc.bind(ps, e.taskId(), s.claim().stored().task().name(), e.attempt(), e.logId(), e.error(), now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
