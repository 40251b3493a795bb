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
public final class ClusterFixture implements AutoCloseable {
  public static final Duration START = Duration.ofSeconds(60);
  public static final Duration ANSWER = Duration.ofSeconds(60);

  private final TestDatabase db;
  private final Path logDir;
  private final List<NodeProcess> nodes = new ArrayList<>();

  public ClusterFixture(TestDatabase db, String testName) {
    this.db = db;
    this.logDir = Path.of("target", "cluster-logs", testName + "-" + System.currentTimeMillis());
  }

  public String url() {
    return db.jdbcUrl();
  }

  /** Where the nodes' logs go: {@code target/cluster-logs/<test>-<time>/}. */
  public Path logDir() {
    return logDir;
  }

  /** Starts the nodes at once (their JVMs boot in parallel) and waits until all are ready. */
  public List<NodeProcess> start(NodeOptions... options) throws IOException {
    List<NodeProcess> started = new ArrayList<>();
    for (NodeOptions o : options) {
      NodeProcess p = NodeProcess.start(o, db.config().user(), db.config().password(), logDir);
      nodes.add(p);
      started.add(p);
    }
    started.forEach(p -> p.awaitReady(START));
    return started;
  }

  public NodeProcess start(NodeOptions options) throws IOException {
    return start(new NodeOptions[] {options}).get(0);
  }

  /** SUCCESS rows per task id. */
  Map<String, Integer> successesPerTask() throws SQLException {
    return counts(
        "SELECT CAST(task_id AS VARCHAR(36)), COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS' GROUP BY task_id");
  }

  /** Execution rows (any status) per node id. */
  Map<String, Integer> rowsPerNode() throws SQLException {
    return counts("SELECT node_id, COUNT(*) FROM task_execution_log GROUP BY node_id");
  }

  int taskCount() throws SQLException {
    return counts("SELECT 'all', COUNT(*) FROM task").getOrDefault("all", 0);
  }

  /** The rows of a query with a string key and a count. */
  public Map<String, Integer> counts(String sql) throws SQLException {
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
            c.prepareStatement(
                "SELECT scheduled_for, started_at FROM task_execution_log WHERE status = 'SUCCESS'");
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
  public List<Long> longs(String sql) throws SQLException {
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

  /**
   * Runs one statement that changes rows (a test's damage by hand) and returns the rows changed.
   */
  public int update(String sql) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      return ps.executeUpdate();
    }
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
