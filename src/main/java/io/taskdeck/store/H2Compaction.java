package io.taskdeck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the space of deleted rows in an embedded H2 file back to the file system. H2 2.x reuses the
 * free space inside its file, but shrinks the file only when it compacts: at close (briefly), on
 * {@code SHUTDOWN COMPACT}, or when asked through its store. Only the process that hosts the file
 * (the first to open it; others reach it over {@code AUTO_SERVER}'s TCP) can compact it online.
 */
final class H2Compaction {
  private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

  private H2Compaction() {}

  /**
   * Compacts online in {@code steps} short steps of about {@code step} each, resting {@code rest}
   * between them (each step holds H2's store, so writers wait while it runs); nothing when this
   * process does not host the file or the file is smaller than {@code minSize} bytes, and no more
   * steps once {@code keepGoing} turns false. Returns the file size before and after, if it ran.
   */
  static Optional<long[]> online(
      DataSource ds,
      long minSize,
      int steps,
      Duration step,
      Duration rest,
      BooleanSupplier keepGoing) {
    try (Connection c = ds.getConnection()) {
      Optional<Store> store = hostedStore(c);
      if (store.isEmpty()) {
        return Optional.empty();
      }
      long before = store.get().getMvStore().getFileStore().size();
      if (before < minSize) {
        return Optional.empty();
      }
      long longest = 0;
      for (int i = 0; i < steps && keepGoing.getAsBoolean(); i++) {
        long started = System.nanoTime();
        store.get().compactFile((int) step.toMillis());
        longest = Math.max(longest, System.nanoTime() - started);
        LockSupport.parkNanos(rest.toNanos());
      }
      log.info(
          "H2 online compaction: {} steps, the longest {} ms",
          steps,
          Duration.ofNanos(longest).toMillis());
      return Optional.of(new long[] {before, store.get().getMvStore().getFileStore().size()});
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not compact the H2 file online: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Once the pool is closed: {@code SHUTDOWN COMPACT} (a full rewrite of the file) when no other
   * session uses the database, as on the clean shutdown of the only process on a data dir. When
   * another local process still uses it (AUTO_SERVER), nothing: that process compacts when it
   * stops.
   */
  static void atClose(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      long sessions;
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
        rs.next();
        sessions = rs.getLong(1);
      }
      if (sessions == 1 && hostedStore(c).isPresent()) {
        long started = System.nanoTime();
        s.execute("SHUTDOWN COMPACT");
        log.info(
            "H2 file compacted at shutdown in {} ms",
            Duration.ofNanos(System.nanoTime() - started).toMillis());
      }
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not compact the H2 file at shutdown: {}", e.getMessage());
    }
  }

  private static Optional<Store> hostedStore(Connection c) throws SQLException {
    if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
      return Optional.ofNullable(local.getDatabase().getStore());
    }
    return Optional.empty();
  }
}
