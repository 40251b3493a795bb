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
 * scheduled_for, started_at, finished_at, status}: Taskdeck's {@code task_execution_log}, or the
 * baseline's {@code bench_execution}. Rows with status MISSED are misfire records, not executions.
 */
public final class ExecutionLog {
  private static final String WHERE_EXECUTED = " WHERE status <> 'MISSED'";

  private final DataSource dataSource;
  private final String table;

  public ExecutionLog(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
  }

  /** How many rows the table holds: cheap, for progress (it counts duplicates too). */
  public long countRows() {
    return SqlCounts.count(dataSource, "SELECT COUNT(*) FROM " + table);
  }

  /** How many distinct tasks have at least one execution. */
  public long countExecutedTasks() {
    return SqlCounts.count(dataSource, "SELECT COUNT(DISTINCT task_id) FROM " + table + WHERE_EXECUTED);
  }

  /** Every execution row. */
  public List<ExecutionRecord> readAll() {
    String sql =
        "SELECT task_id, node_id, scheduled_for, started_at, finished_at FROM "
            + table
            + WHERE_EXECUTED;
    List<ExecutionRecord> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
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
