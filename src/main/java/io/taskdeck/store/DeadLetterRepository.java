package io.taskdeck.store;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code dead_letter} table: occurrences whose attempts ran out. */
public final class DeadLetterRepository {
  private static final String COLUMNS =
      "dead_letter_id, task_id, task_name, attempts, last_log_id, last_error, failed_at";

  private final Jdbc jdbc;

  public DeadLetterRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID taskId,
      String taskName,
      int attempts,
      long lastLogId,
      String lastError,
      Instant failedAt) {
    jdbc.update(
        "INSERT INTO dead_letter (task_id, task_name, attempts, last_log_id, last_error, failed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        taskId,
        taskName,
        attempts,
        lastLogId,
        lastError,
        failedAt);
  }

  /** Open (not requeued) dead letters, newest first. */
  public Page<DeadLetter> listOpen(int limit, String cursor) {
    String where = cursor == null ? "" : " AND dead_letter_id < " + Cursors.parseExecution(cursor);
    List<DeadLetter> found =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM dead_letter WHERE requeued_at IS NULL"
                + where
                + " ORDER BY dead_letter_id DESC LIMIT "
                + (limit + 1),
            DeadLetterRepository::map);
    if (found.size() <= limit) {
      return new Page<>(found, null);
    }
    List<DeadLetter> page = found.subList(0, limit);
    return new Page<>(page, Cursors.execution(page.get(page.size() - 1).id()));
  }

  public Optional<DeadLetter> findOpen(long id) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM dead_letter WHERE dead_letter_id = ? AND requeued_at IS NULL",
        DeadLetterRepository::map,
        id);
  }

  /** An open dead letter, its row locked until the caller's transaction ends. */
  public Optional<DeadLetter> lockOpen(java.sql.Connection c, long id) throws SQLException {
    return Jdbc.query(
            c,
            "SELECT "
                + COLUMNS
                + " FROM dead_letter WHERE dead_letter_id = ? AND requeued_at IS NULL FOR UPDATE",
            DeadLetterRepository::map,
            id)
        .stream()
        .findFirst();
  }

  /** Marks a dead letter requeued inside the caller's transaction. */
  public void markRequeued(java.sql.Connection c, long id, Instant now) throws SQLException {
    Jdbc.update(c, "UPDATE dead_letter SET requeued_at = ? WHERE dead_letter_id = ?", now, id);
  }

  /**
   * Marks a dead letter requeued; false when it was requeued already (a concurrent requeue won).
   */
  public boolean markRequeued(long id, Instant now) {
    return jdbc.update(
            "UPDATE dead_letter SET requeued_at = ? WHERE dead_letter_id = ? AND requeued_at IS NULL",
            now,
            id)
        == 1;
  }

  /** A dead letter, requeued or not, its row locked until the caller's transaction ends. */
  public Optional<DeadLetter> lock(java.sql.Connection c, long id) throws SQLException {
    return Jdbc.query(
            c,
            "SELECT " + COLUMNS + " FROM dead_letter WHERE dead_letter_id = ? FOR UPDATE",
            DeadLetterRepository::map,
            id)
        .stream()
        .findFirst();
  }

  /** Deletes a dead letter inside the caller's transaction. */
  public void delete(java.sql.Connection c, long id) throws SQLException {
    Jdbc.update(c, "DELETE FROM dead_letter WHERE dead_letter_id = ?", id);
  }

  public long countOpen() {
    return jdbc.query(
            "SELECT COUNT(*) FROM dead_letter WHERE requeued_at IS NULL", rs -> rs.getLong(1))
        .get(0);
  }

  private static DeadLetter map(ResultSet rs) throws SQLException {
    return new DeadLetter(
        rs.getLong("dead_letter_id"),
        rs.getObject("task_id", UUID.class),
        rs.getString("task_name"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        Jdbc.nullableLong(rs, "last_log_id"),
        Jdbc.instant(rs, "failed_at"));
  }
}
