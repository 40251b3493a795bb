package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads executions back from an execution log table with the columns {@code task_id, node_id,
 * started_at, finished_at, status}: Taskdeck's {@code task_execution_log}, or the baseline's {@code
 * bench_execution}. Rows with status MISSED are misfire records, not executions.
 *
 * <p>The due time is the task's original one. Taskdeck's {@code scheduled_for} is the fire time
 * Quartz hands the job, which a misfire (a start over 60 s late) moves to the time of the misfire,
 * so for Taskdeck it is read from the task row: the one-shot's {@code run_at}, or its creation
 * time when it was due at once.
 */
public final class ExecutionLog {
  private static final String WHERE_EXECUTED = " WHERE status <> 'MISSED'";

  private final DataSource dataSource;
  private final String table;
  private final String readSql;

  private ExecutionLog(DataSource dataSource, String table, String readSql) {
    this.dataSource = dataSource;
    this.table = table;
    this.readSql = readSql;
  }

  /** The baseline's table, whose {@code scheduled_for} is the trigger's start time. */
  static ExecutionLog baseline(DataSource dataSource, String table) {
    return new ExecutionLog(
        dataSource,
        table,
        "SELECT task_id, node_id, scheduled_for, started_at, finished_at FROM " + table + WHERE_EXECUTED);
  }

  /** Taskdeck's {@code task_execution_log}, with due times from the {@code task} table. */
  static ExecutionLog taskdeck(DataSource dataSource) {
    return new ExecutionLog(
        dataSource,
        "task_execution_log",
        "SELECT l.task_id, l.node_id, COALESCE(t.run_at, t.created_at), l.started_at, l.finished_at"
            + " FROM task_execution_log l LEFT JOIN task t ON t.task_id = l.task_id"
            + " WHERE l.status <> 'MISSED'");
  }

  /** How many executions the table holds: cheap, for progress (it counts duplicates too). */
  public long countRows() {
    return SqlCounts.count(dataSource, "SELECT COUNT(*) FROM " + table + WHERE_EXECUTED);
  }

  /** How many distinct tasks have at least one execution. */
  public long countExecutedTasks() {
    return SqlCounts.count(dataSource, "SELECT COUNT(DISTINCT task_id) FROM " + table + WHERE_EXECUTED);
  }

  /** Every execution row. */
  public List<ExecutionRecord> readAll() {
    List<ExecutionRecord> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(readSql)) {
      ps.setFetchSize(10_000);
      c.setAutoCommit(false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ExecutionRecord(
                  rs.getString(1),
                  rs.getString(2),
                  instant(rs.getTimestamp(3)),
                  instant(rs.getTimestamp(4)),
                  instant(rs.getTimestamp(5))));
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read executions from " + table, e);
    }
    return out;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
