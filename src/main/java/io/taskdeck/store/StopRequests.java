package io.taskdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Requests to stop running attempts, on the {@code attempt_stop} table (V80): written in the
 * transaction that checks the attempt still runs, read by the node that runs it.
 */
public final class StopRequests {
  private final Jdbc jdbc;

  public StopRequests(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Asks the node holding {@code row}'s claim to stop its attempt; asking twice is asking once. The
   * caller holds the task's row lock, so two requests for one attempt cannot race.
   */
  public void request(Connection c, QueueEntry row, Instant now) throws SQLException {
    if (Jdbc.query(c, "SELECT 1 FROM attempt_stop WHERE log_id = ?", rs -> 1, row.logId())
        .isEmpty()) {
      Jdbc.update(
          c,
          "INSERT INTO attempt_stop (log_id, task_id, node_id, incarnation, requested_at) VALUES (?, ?, ?, ?, ?)",
          row.logId(),
          row.taskId(),
          row.claimNode(),
          row.claimInc(),
          now);
    }
  }

  /** A request to stop attempt {@code logId}, asked at {@code requestedAt}. */
  public record Request(long logId, Instant requestedAt) {}

  /** The attempts that incarnation {@code incarnation} of {@code nodeId} is asked to stop. */
  public List<Request> forNode(String nodeId, long incarnation) {
    return jdbc.query(
        "SELECT log_id, requested_at FROM attempt_stop WHERE node_id = ? AND incarnation = ?",
        rs -> new Request(rs.getLong(1), Jdbc.instant(rs, "requested_at")),
        nodeId,
        incarnation);
  }

  /** The requests handled (or for attempts no longer running here). */
  public void forget(List<Long> logIds) {
    for (Long id : logIds) {
      jdbc.update("DELETE FROM attempt_stop WHERE log_id = ?", id);
    }
  }

  /** Deletes requests older than {@code before}: their incarnation died before it could act. */
  public int purge(Instant before) {
    return jdbc.update("DELETE FROM attempt_stop WHERE requested_at < ?", before);
  }
}
