package io.taskdeck.store;

import io.taskdeck.core.Execution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The batched writes of a group of settlements, inside a transaction the caller owns. */
public final class SettlementWrites {
  private final ExecutionWrites logWrites = new ExecutionWrites();

  /** Writes the execution rows, the tasks, the queue rows and the dead letters of {@code done}. */
  public void write(Connection c, List<SettlementWrite> done, Instant now) throws SQLException {
    if (done.isEmpty()) {
      return;
    }
    logWrites.finish(c, done.stream().map(SettlementWrite::row).toList());
    writeTasks(c, done, now);
    writeQueue(c, done);
    insertDeadLetters(c, done, now);
  }

  private static void writeTasks(Connection c, List<SettlementWrite> done, Instant now)
      throws SQLException {
    try (PreparedStatement moved =
            c.prepareStatement(
                "UPDATE task SET status = ?, execution_time = ?, last_outcome = ?, retry_count = ?, updated_at = ?,"
                    + " revision = revision + 1 WHERE task_id = ?");
        PreparedStatement outcomeOnly =
            c.prepareStatement(
                "UPDATE task SET last_outcome = ?, retry_count = ?, updated_at = ?, revision = revision + 1"
                    + " WHERE task_id = ?")) {
      for (SettlementWrite s : done) {
        if (s.status() != null) {
          Jdbc.bind(
              moved,
              s.status().name(),
              s.next() == null ? null : s.next().due(),
              s.lastOutcome().name(),
              s.attemptsMade(),
              now,
              s.row().taskId());
          moved.addBatch();
        } else {
          Jdbc.bind(outcomeOnly, s.lastOutcome().name(), s.attemptsMade(), now, s.row().taskId());
          outcomeOnly.addBatch();
        }
      }
      moved.executeBatch();
      outcomeOnly.executeBatch();
    }
  }

  private static void writeQueue(Connection c, List<SettlementWrite> done) throws SQLException {
    try (PreparedStatement replace =
            c.prepareStatement(
                "UPDATE task_queue SET part = ?, due_at = ?, occurrence = ?, attempt = ?, kind = ?,"
                    + " resume_occurrence = ?, resume_due = ?, priority = ?, schedule_rev = ?, version = version + 1,"
                    + " claim_node = NULL, claim_inc = NULL, log_id = NULL WHERE task_id = ? AND log_id = ?");
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM task_queue WHERE task_id = ? AND log_id = ?")) {
      for (SettlementWrite s : done) {
        if (!s.ownsQueueRow()) {
          continue;
        }
        if (s.next() != null) {
          Object[] a = QueueRows.attempt(s.next());
          Jdbc.bind(
              replace,
              s.nextPart(),
              a[0],
              a[1],
              a[2],
              a[3],
              a[4],
              a[5],
              s.priority(),
              s.scheduleRev(),
              s.row().taskId(),
              s.started().logId());
          replace.addBatch();
        } else {
          Jdbc.bind(delete, s.row().taskId(), s.started().logId());
          delete.addBatch();
        }
      }
      replace.executeBatch();
      delete.executeBatch();
    }
  }

  private static void insertDeadLetters(Connection c, List<SettlementWrite> done, Instant now)
      throws SQLException {
    List<SettlementWrite> dead = done.stream().filter(SettlementWrite::deadLetter).toList();
    if (dead.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dead_letter (task_id, task_name, attempts, last_log_id, last_error, failed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (SettlementWrite s : dead) {
        Execution e = s.row();
        Jdbc.bind(ps, e.taskId(), s.taskName(), e.attempt(), e.logId(), e.error(), now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
