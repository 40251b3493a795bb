package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The table the baselines' no-op jobs record their executions in, apart from their engines' own
 * tables, with the columns of Taskdeck's {@code task_execution_log} that {@link ExecutionLog}
 * reads. A job writes one row per execution, as Taskdeck writes one log row per attempt.
 */
final class RecordingTable {
  static final String NAME = "bench_execution";
  static final String CREATE =
      "CREATE TABLE "
          + NAME
          + " (task_id VARCHAR(200) NOT NULL, node_id VARCHAR(200) NOT NULL,"
          + " scheduled_for TIMESTAMP WITH TIME ZONE, started_at TIMESTAMP WITH TIME ZONE,"
          + " finished_at TIMESTAMP WITH TIME ZONE, status VARCHAR(16) NOT NULL)";
  private static final String INSERT =
      "INSERT INTO "
          + NAME
          + " (task_id, node_id, scheduled_for, started_at, finished_at, status)"
          + " VALUES (?, ?, ?, ?, ?, 'SUCCESS')";

  private final DataSource dataSource;
  private final String nodeId;
  private final Clock clock;

  RecordingTable(DataSource dataSource, String nodeId, Clock clock) {
    this.dataSource = dataSource;
    this.nodeId = nodeId;
    this.clock = clock;
  }

  /** Records one no-op execution of {@code taskId}'s occurrence {@code due}, starting now. */
  void record(String taskId, Instant due) throws SQLException {
    Instant started = clock.instant();
    Instant finished = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, taskId);
      ps.setString(2, nodeId);
      ps.setTimestamp(3, Timestamp.from(due));
      ps.setTimestamp(4, Timestamp.from(started));
      ps.setTimestamp(5, Timestamp.from(finished));
      ps.executeUpdate();
    }
  }

  /**
   * Whether the connection's own schema holds the table (another run's schema may hold one too).
   */
  static boolean exists(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        var tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if (tables.getString("TABLE_NAME").equalsIgnoreCase(NAME)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot list the tables of the benchmark database: " + e.getMessage(), e);
    }
  }
}
