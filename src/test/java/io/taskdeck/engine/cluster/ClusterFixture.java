package io.taskdeck.engine.cluster;

import io.taskdeck.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node processes of one cluster test on one test database, and read-only queries of the
 * execution log. {@link #close()} stops every process, also after a failure.
 */
final class ClusterFixture implements AutoCloseable {
  static final Duration START = Duration.ofSeconds(60);
  static final Duration ANSWER = Duration.ofSeconds(60);

  private final TestDatabase db;
  private final Path logDir;
  private final List<NodeProcess> nodes = new ArrayList<>();

  ClusterFixture(TestDatabase db, String testName) {
    this.db = db;
    this.logDir = Path.of("target", "cluster-logs", testName + "-" + System.currentTimeMillis());
  }

  String url() {
    return db.jdbcUrl();
  }

  /** Starts the nodes at once (their JVMs boot in parallel) and waits until all are ready. */
  List<NodeProcess> start(NodeOptions... options) throws IOException {
    List<NodeProcess> started = new ArrayList<>();
    for (NodeOptions o : options) {
      NodeProcess p = NodeProcess.start(o, db.config().user(), db.config().password(), logDir);
      nodes.add(p);
      started.add(p);
    }
    started.forEach(p -> p.awaitReady(START));
    return started;
  }

  NodeProcess start(NodeOptions options) throws IOException {
    return start(new NodeOptions[] {options}).get(0);
  }

  /** SUCCESS rows per task id. */
  Map<String, Integer> successesPerTask() throws SQLException {
    return counts("SELECT CAST(task_id AS VARCHAR(36)), COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS' GROUP BY task_id");
  }

  /** Execution rows (any status) per node id. */
  Map<String, Integer> rowsPerNode() throws SQLException {
    return counts("SELECT node_id, COUNT(*) FROM task_execution_log GROUP BY node_id");
  }

  int taskCount() throws SQLException {
    return counts("SELECT 'all', COUNT(*) FROM task").getOrDefault("all", 0);
  }

  /** The rows of a query with a string key and a count. */
  Map<String, Integer> counts(String sql) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  /** For every SUCCESS row: its start minus its due time, in milliseconds. */
  List<Long> startDelaysMillis() throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT scheduled_for, started_at FROM task_execution_log WHERE status = 'SUCCESS'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(millis(rs, 2) - millis(rs, 1));
      }
    }
    return out;
  }

  private static long millis(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, java.time.OffsetDateTime.class).toInstant().toEpochMilli();
  }

  /** Runs a query and returns its first column as longs. */
  List<Long> longs(String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.config().user(), db.config().password());
  }

  @Override
  public void close() throws InterruptedException {
    for (NodeProcess p : nodes) {
      p.close();
    }
    nodes.clear();
    db.close();
  }
}
