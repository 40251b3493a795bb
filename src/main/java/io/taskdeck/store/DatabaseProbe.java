package io.taskdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Asks the database a real question, a committed write of this node's row of {@code health_probe}
 * (V52), and waits at most {@link #TIMEOUT} for the whole of it, the wait for a pooled connection
 * included: a database that is gone, closed, unable to write (H2 on a full disk answers reads once
 * reopened) or too busy is reported within that bound, not after the pool's own timeout. One probe
 * runs at a time; a probe still hanging makes the next one report at once.
 */
public final class DatabaseProbe implements AutoCloseable {
  public static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final DataSource dataSource;
  private final String nodeId;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "taskdeck-db-probe");
            t.setDaemon(true);
            return t;
          });
  private Future<Optional<String>> pending;

  public DatabaseProbe(DataSource dataSource, String nodeId) {
    this.dataSource = dataSource;
    this.nodeId = nodeId;
  }

  /**
   * Empty when the database answered within the bound; otherwise a one-line reason, without values.
   */
  public synchronized Optional<String> problem() {
    if (pending != null && !pending.isDone()) {
      return Optional.of(
          "the database has not answered a probe for more than " + TIMEOUT.toSeconds() + " s");
    }
    pending = runner.submit(this::ask);
    try {
      return pending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Optional.of("the database did not answer within " + TIMEOUT.toSeconds() + " s");
    } catch (ExecutionException e) {
      return Optional.of("the database probe failed: " + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while probing the database");
    }
  }

  private Optional<String> ask() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      if (write(c, "UPDATE health_probe SET probed_at = CURRENT_TIMESTAMP WHERE node_id = ?")
          == 0) {
        write(c, "INSERT INTO health_probe (node_id, probed_at) VALUES (?, CURRENT_TIMESTAMP)");
      }
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(SqlErrors.describe(e));
    }
  }

  private int write(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setQueryTimeout((int) TIMEOUT.toSeconds());
      ps.setString(1, nodeId);
      return ps.executeUpdate();
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
