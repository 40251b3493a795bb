package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code task_queue} table (V40): each task's pending attempt. The writes here run inside the
 * caller's transaction, beside the task row they belong with; every change of a row bumps its
 * version and drops its claim unless it is started, so a claim or a start made before the change
 * cleanly loses.
 */
public final class QueueRepository {
  private static final String INSERT =
      "INSERT INTO task_queue (task_id, part, due_at, occurrence, attempt, kind, resume_occurrence, resume_due,"
          + " priority, schedule_rev, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
  private static final String COPY_COLUMNS =
      "task_id, part, due_at, occurrence, attempt, kind, resume_occurrence, resume_due, priority, schedule_rev, version";
  private static final int COPY_FROM = 100;

  private final Jdbc jdbc;

  public QueueRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A new pending attempt of a task that has none. */
  public record NewEntry(UUID taskId, int part, Attempt attempt, int priority, long scheduleRev) {}

  /** Inserts the pending attempts of new tasks. */
  public void insert(Connection c, List<NewEntry> entries) throws SQLException {
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (NewEntry e : entries) {
      rows.add(params(e.taskId(), e.part(), e.attempt(), e.priority(), e.scheduleRev(), true));
    }
    if (entries.size() >= COPY_FROM && PgCopy.available(c)) {
      PgCopy.copy(c, "task_queue", COPY_COLUMNS, rows);
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      int n = 0;
      for (Object[] row : rows) {
        Jdbc.bind(ps, java.util.Arrays.copyOf(row, row.length - 1));
        ps.addBatch();
        if (++n % 500 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static Object[] params(
      UUID id, Integer part, Attempt a, int priority, long scheduleRev, boolean withVersion) {
    Object[] at = QueueRows.attempt(a);
    List<Object> p = new ArrayList<>(List.of(id));
    p.add(part);
    p.addAll(java.util.Arrays.asList(at));
    p.add(priority);
    p.add(scheduleRev);
    if (withVersion) {
      p.add(1L);
    }
    return p.toArray();
  }

  /** The task's queue row, locked until the caller's transaction ends. */
  public Optional<QueueEntry> lock(Connection c, UUID id) throws SQLException {
    return Jdbc.query(
            c,
            "SELECT " + QueueRows.COLUMNS + " FROM task_queue q WHERE q.task_id = ? FOR UPDATE",
            QueueRows::map,
            id)
        .stream()
        .findFirst();
  }

  /** The queue rows of these tasks (those that have one). */
  public Map<UUID, QueueEntry> findAll(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, QueueEntry> out = new HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String sql =
          "SELECT "
              + QueueRows.COLUMNS
              + " FROM task_queue q WHERE q.task_id IN ("
              + TaskRepository.placeholders(chunk.size())
              + ")";
      for (QueueEntry e : Jdbc.query(c, sql, QueueRows::map, chunk.toArray())) {
        out.put(e.taskId(), e);
      }
    }
    return out;
  }

  /** The task's queue row, read in a transaction of its own. */
  public Optional<QueueEntry> find(UUID id) {
    return jdbc.queryOne(
        "SELECT " + QueueRows.COLUMNS + " FROM task_queue q WHERE q.task_id = ?",
        QueueRows::map,
        id);
  }

  /**
   * Makes {@code attempt} the task's pending attempt, replacing the one it has (unclaimed, not
   * started), or adding one. {@code part} null holds it (the task is paused).
   */
  public void put(
      Connection c, UUID id, Integer part, Attempt attempt, int priority, long scheduleRev)
      throws SQLException {
    Object[] at = QueueRows.attempt(attempt);
    int n =
        Jdbc.update(
            c,
            "UPDATE task_queue SET part = ?, due_at = ?, occurrence = ?, attempt = ?, kind = ?, resume_occurrence = ?,"
                + " resume_due = ?, priority = ?, schedule_rev = ?, version = version + 1, claim_node = NULL,"
                + " claim_inc = NULL, log_id = NULL WHERE task_id = ?",
            part,
            at[0],
            at[1],
            at[2],
            at[3],
            at[4],
            at[5],
            priority,
            scheduleRev,
            id);
    if (n == 0) {
      Jdbc.update(c, INSERT, params(id, part, attempt, priority, scheduleRev, false));
    }
  }

  public void delete(Connection c, UUID id) throws SQLException {
    Jdbc.update(c, "DELETE FROM task_queue WHERE task_id = ?", id);
  }

  /** Holds a pending attempt that has not started (the task was paused): no node claims it. */
  public void hold(Connection c, UUID id) throws SQLException {
    Jdbc.update(
        c,
        "UPDATE task_queue SET part = NULL, claim_node = NULL, claim_inc = NULL, version = version + 1"
            + " WHERE task_id = ? AND log_id IS NULL",
        id);
  }

  /** Returns a held attempt to partition {@code part} (the task was resumed). */
  public void release(Connection c, UUID id, int part) throws SQLException {
    Jdbc.update(
        c,
        "UPDATE task_queue SET part = ?, version = version + 1 WHERE task_id = ? AND log_id IS NULL",
        part,
        id);
  }

  /**
   * Drops the claim on a pending attempt that has not started, so that it is claimed again with the
   * task's new definition; {@code priority} is the task's (perhaps new) priority.
   */
  public void refresh(Connection c, UUID id, int priority) throws SQLException {
    Jdbc.update(
        c,
        "UPDATE task_queue SET priority = ?, claim_node = NULL, claim_inc = NULL, version = version + 1"
            + " WHERE task_id = ? AND log_id IS NULL",
        priority,
        id);
  }

  /**
   * The earliest due time waiting (unclaimed) in partition {@code part}; the ORDER BY is the
   * index's.
   */
  public Optional<Instant> nextDue(int part) {
    return jdbc.queryOne(
        "SELECT due_at FROM task_queue WHERE part = ? AND claim_node IS NULL ORDER BY part, due_at LIMIT 1",
        rs -> Jdbc.instant(rs, "due_at"),
        part);
  }

  /**
   * The partitions that hold unclaimed attempts due before {@code before}, with their earliest due
   * time.
   */
  public Map<Integer, Instant> dueByPartition(Instant before) {
    Map<Integer, Instant> out = new HashMap<>();
    jdbc.query(
            "SELECT part, MIN(due_at) AS due FROM task_queue WHERE part IS NOT NULL AND claim_node IS NULL"
                + " AND due_at < ? GROUP BY part",
            rs -> Map.entry(rs.getInt("part"), Jdbc.instant(rs, "due")),
            before)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
