package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler's one table, as its repository defines it for PostgreSQL ({@code
 * postgresql_tables.sql}: the table and its three indexes; the jar ships no DDL) and, on H2, with
 * the types of its HSQLDB definition; plus the {@link RecordingTable} its tasks write to.
 */
final class DbSchedulerSchema {
  static final String TABLE = "scheduled_tasks";

  private DbSchedulerSchema() {}

  /**
   * Creates the tables unless a previous opening of the same database did (see {@link
   * HandOverTarget}).
   */
  static void createIfAbsent(DataSource dataSource, boolean postgres) {
    if (RecordingTable.exists(dataSource)) {
      return;
    }
    String text = postgres ? "text" : "VARCHAR(200)";
    String bytes = postgres ? "bytea" : "BLOB";
    List<String> statements =
        List.of(
            "CREATE TABLE "
                + TABLE
                + " (task_name "
                + text
                + " NOT NULL, task_instance "
                + text
                + " NOT NULL,"
                + " task_data "
                + bytes
                + ", execution_time TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " picked BOOLEAN NOT NULL, picked_by "
                + text
                + ", last_success TIMESTAMP WITH TIME ZONE,"
                + " last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,"
                + " last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,"
                + " PRIMARY KEY (task_name, task_instance))",
            "CREATE INDEX execution_time_idx ON " + TABLE + " (execution_time)",
            "CREATE INDEX last_heartbeat_idx ON " + TABLE + " (last_heartbeat)",
            "CREATE INDEX priority_execution_time_idx ON "
                + TABLE
                + " (priority DESC, execution_time ASC)",
            RecordingTable.CREATE);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the db-scheduler tables: " + e.getMessage(), e);
    }
  }
}
