package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for autovacuum's ANALYZE on a PostgreSQL server that runs with {@code autovacuum=off}.
 * Without statistics, PostgreSQL keeps planning as if the benchmark's tables were empty (Quartz's
 * primary-key lookups then scan a whole trigger group, and creation becomes quadratic), which no
 * default installation does. Every {@link #PERIOD_S} s it analyzes the tables of the benchmark
 * schema, and only those; both engines get the same treatment.
 */
final class StatsKeeper implements AutoCloseable {
  static final long PERIOD_S = 10;
  private static final Logger log = LoggerFactory.getLogger(StatsKeeper.class);

  private final ScratchDatabase db;
  private boolean active;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bench-analyze");
            t.setDaemon(true);
            return t;
          });

  private StatsKeeper(ScratchDatabase db) {
    this.db = db;
  }

  /** Starts analyzing when {@code db} is PostgreSQL with autovacuum off; otherwise does nothing. */
  static StatsKeeper startIfNeeded(ScratchDatabase db) {
    StatsKeeper keeper = new StatsKeeper(db);
    if (db.label().equals("postgresql") && !keeper.autovacuumOn()) {
      keeper.timer.scheduleWithFixedDelay(keeper::analyze, PERIOD_S, PERIOD_S, TimeUnit.SECONDS);
      keeper.active = true;
    }
    return keeper;
  }

  /** True when this keeper runs ANALYZE (the server's autovacuum is off). */
  boolean active() {
    return active;
  }

  private boolean autovacuumOn() {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW autovacuum")) {
      return rs.next() && rs.getString(1).equalsIgnoreCase("on");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the autovacuum setting: " + e.getMessage(), e);
    }
  }

  private void analyze() {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        s.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
      }
    } catch (SQLException e) {
      log.warn("ANALYZE of the benchmark schema failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
