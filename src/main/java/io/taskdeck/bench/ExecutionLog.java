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
 * baselines' {@code bench_execution}. Rows with status MISSED are misfire records, not executions.
 *
 * <p>{@code scheduled_for} is the occurrence an execution stands for: a one-shot task's due time
 * (its creation when it was due at once), a recurring task's scheduled fire time. The baselines'
 * jobs write what their engine hands them (see their recorders). Only this table is read, never an
 * engine's own tables, so the harness measures every engine the same way.
 */
public final class ExecutionLog {
  private static final String WHERE_EXECUTED = " WHERE status <> 'MISSED'";

  private final DataSource dataSource;
  private final String table;

  private ExecutionLog(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
  }

  /** The baselines' {@link RecordingTable}, written by their recording jobs. */
  static ExecutionLog recorded(DataSource dataSource) {
    return new ExecutionLog(dataSource, RecordingTable.NAME);
  }

  /** Taskdeck's {@code task_execution_log}. */
  static ExecutionLog taskdeck(DataSource dataSource) {
    return new ExecutionLog(dataSource, "task_execution_log");
  }

  /** How many executions the table holds: cheap, for progress (it counts duplicates too). */
  public long countRows() {
    return SqlCounts.count(dataSource, "SELECT COUNT(*) FROM " + table + WHERE_EXECUTED);
  }

  /** How many distinct tasks have at least one execution. */
  public long countExecutedTasks() {
    return SqlCounts.count(
        dataSource, "SELECT COUNT(DISTINCT task_id) FROM " + table + WHERE_EXECUTED);
  }

  /**
   * How many occurrences scheduled in {@code [from, to)} ran (a task and its scheduled time, once).
   */
  public long countOccurrencesIn(Instant from, Instant to) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT DISTINCT task_id, scheduled_for FROM "
                    + table
                    + WHERE_EXECUTED
                    + " AND scheduled_for >= ? AND scheduled_for < ?) o")) {
      ps.setTimestamp(1, Timestamp.from(from));
      ps.setTimestamp(2, Timestamp.from(to));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot count executions in " + table + ": " + e.getMessage(), e);
    }
  }

  /** Every execution row. */
  public List<ExecutionRecord> readAll() {
    List<ExecutionRecord> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT task_id, node_id, scheduled_for, started_at, finished_at FROM "
                    + table
                    + WHERE_EXECUTED)) {
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
