package io.taskdeck.store;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code task_execution_log} table: one row per attempt, newest first by log id. */
public final class ExecutionRepository {
  private static final String COLUMNS =
      "log_id, task_id, attempt, node_id, scheduled_for, started_at, finished_at, status,"
          + " exit_code, http_status, output, error";

  private final Jdbc jdbc;

  public ExecutionRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes a finished or running row as given (its log id is ignored) and returns it with its id.
   */
  public Execution insert(Execution e, String fireId) {
    long id =
        jdbc.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for,"
                          + " started_at, finished_at, status, exit_code, http_status, output, error,"
                          + " fire_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      new String[] {"log_id"})) {
                Jdbc.bind(
                    ps,
                    e.taskId(),
                    e.attempt(),
                    e.nodeId(),
                    e.scheduledFor(),
                    e.startedAt(),
                    e.finishedAt(),
                    e.status().name(),
                    e.exitCode(),
                    e.httpStatus(),
                    e.output(),
                    e.error(),
                    fireId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    return withId(e, id);
  }

  /** Completes a RUNNING row with its outcome. */
  public void finish(Execution e) {
    jdbc.update(
        "UPDATE task_execution_log SET finished_at = ?, status = ?, exit_code = ?, http_status = ?,"
            + " output = ?, error = ? WHERE log_id = ?",
        e.finishedAt(),
        e.status().name(),
        e.exitCode(),
        e.httpStatus(),
        e.output(),
        e.error(),
        e.logId());
  }

  /**
   * The output so far of running attempts, by log id; rows that finished meanwhile keep their own.
   */
  public void writeTails(Map<Long, String> outputs) {
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task_execution_log SET output = ? WHERE log_id = ? AND status = 'RUNNING'")) {
            for (Map.Entry<Long, String> e : outputs.entrySet()) {
              ps.setString(1, e.getValue());
              ps.setLong(2, e.getKey());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  public Optional<Execution> find(long logId) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM task_execution_log WHERE log_id = ?",
        ExecutionRepository::map,
        logId);
  }

  /** Newest first, keyset-paged on log_id. */
  public Page<Execution> list(ExecutionQuery q) {
    List<Object> params = new ArrayList<>();
    List<String> where = new ArrayList<>();
    if (q.taskId() != null) {
      where.add("task_id = ?");
      params.add(q.taskId());
    }
    if (!q.statuses().isEmpty()) {
      where.add("status IN (" + TaskRepository.placeholders(q.statuses().size()) + ")");
      q.statuses().forEach(s -> params.add(s.name()));
    }
    if (q.from() != null) {
      where.add("COALESCE(started_at, scheduled_for) >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      where.add("COALESCE(started_at, scheduled_for) < ?");
      params.add(q.to());
    }
    if (q.cursor() != null) {
      where.add("log_id < ?");
      params.add(Cursors.parseExecution(q.cursor()));
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM task_execution_log"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY log_id DESC LIMIT "
            + (q.limit() + 1);
    List<Execution> found = jdbc.query(sql, ExecutionRepository::map, params.toArray());
    if (found.size() <= q.limit()) {
      return new Page<>(found, null);
    }
    List<Execution> page = found.subList(0, q.limit());
    return new Page<>(page, Cursors.execution(page.get(page.size() - 1).logId()));
  }

  /** True when an attempt of this occurrence already ended with a final outcome. */
  public boolean hasFinished(UUID taskId, Instant scheduledFor) {
    return !jdbc.query(
            "SELECT log_id FROM task_execution_log WHERE task_id = ? AND scheduled_for = ?"
                + " AND status IN ('SUCCESS', 'FAILED', 'RETRIED', 'TIMED_OUT')",
            rs -> rs.getLong(1),
            taskId,
            scheduledFor)
        .isEmpty();
  }

  /** Marks RUNNING rows of nodes that are gone as INTERRUPTED; returns how many. */
  public int interruptRunningOf(List<String> goneNodes, Instant now) {
    int n = 0;
    for (String node : goneNodes) {
      n +=
          jdbc.update(
              "UPDATE task_execution_log SET status = ?, finished_at = ?, error = ?"
                  + " WHERE status = ? AND node_id = ?",
              ExecutionStatus.INTERRUPTED.name(),
              now,
              "node " + node + " stopped while the attempt ran",
              ExecutionStatus.RUNNING.name(),
              node);
    }
    return n;
  }

  static Execution withId(Execution e, long id) {
    return new Execution(
        id,
        e.taskId(),
        e.attempt(),
        e.nodeId(),
        e.scheduledFor(),
        e.startedAt(),
        e.finishedAt(),
        e.status(),
        e.exitCode(),
        e.httpStatus(),
        e.output(),
        e.error());
  }

  private static Execution map(ResultSet rs) throws SQLException {
    return new Execution(
        rs.getLong("log_id"),
        rs.getObject("task_id", UUID.class),
        rs.getInt("attempt"),
        rs.getString("node_id"),
        Jdbc.instant(rs, "scheduled_for"),
        Jdbc.instant(rs, "started_at"),
        Jdbc.instant(rs, "finished_at"),
        ExecutionStatus.valueOf(rs.getString("status")),
        Jdbc.nullableInt(rs, "exit_code"),
        Jdbc.nullableInt(rs, "http_status"),
        rs.getString("output"),
        rs.getString("error"));
  }
}
