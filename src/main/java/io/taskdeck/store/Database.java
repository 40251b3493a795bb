package io.taskdeck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.taskdeck.core.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection pool of a Taskdeck process, with the schema migrated by Flyway. Flyway, Quartz
 * and the repositories all use {@link #dataSource()}. Closing it closes the pool.
 */
public final class Database implements AutoCloseable {
  private volatile boolean compactOnClose;

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  /**
   * PostgreSQL ends sessions idle inside a transaction for longer than this many seconds, and a
   * statement gives up waiting for a lock after {@link #LOCK_TIMEOUT_S}. None of our transactions
   * waits on anything but the database (no attempt runs inside one; the largest, a settlement group
   * of 2,000 attempts, commits in well under a second), so an idle gap of seconds means a frozen or
   * cut-off process: its locks (Quartz's TRIGGER_ACCESS row, a task row) are freed within seconds
   * instead of stalling the cluster until it wakes. Five seconds leave room for a long GC pause or
   * CPU starvation on a loaded machine.
   */
  static final int IDLE_IN_TRANSACTION_TIMEOUT_S = 5;

  static final int LOCK_TIMEOUT_S = 5;

  /**
   * Online H2 compaction: this many steps of about {@link #COMPACT_STEP}, {@link #COMPACT_REST}
   * apart.
   */
  private static final int COMPACT_STEPS = 10;

  private static final java.time.Duration COMPACT_STEP = java.time.Duration.ofMillis(200);
  private static final java.time.Duration COMPACT_REST = java.time.Duration.ofMillis(500);

  private final HikariDataSource dataSource;
  private final Vendor vendor;
  private final String displayName;
  private final java.time.Duration connectTimeout;

  private Database(
      HikariDataSource dataSource,
      Vendor vendor,
      String displayName,
      java.time.Duration connectTimeout) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.displayName = displayName;
    this.connectTimeout = connectTimeout;
  }

  /**
   * Opens the pool and migrates the schema.
   *
   * @throws StoreUnavailableException when the database cannot be reached or migrated; the message
   *     is one line and names the URL without its password
   * @throws io.taskdeck.core.ValidationException when the URL is not H2 or PostgreSQL
   */
  public static Database open(DatabaseConfig config) {
    Vendor vendor = config.vendor();
    HikariDataSource ds = createPool(config);
    try {
      migrate(ds, vendor, config.jdbcUrl());
    } catch (RuntimeException e) {
      ds.close();
      throw unavailable(config, "cannot migrate the schema of", e);
    }
    Database db =
        new Database(ds, vendor, JdbcUrls.displayName(config.jdbcUrl()), config.connectTimeout());
    log.info("Database ready: {}", db.displayName());
    return db;
  }

  /** The embedded H2 database in {@code dataDir}, shareable by several local processes. */
  public static String defaultH2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().normalize().resolve("taskdeck")
        + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  private static HikariDataSource createPool(DatabaseConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setPoolName("taskdeck");
    hc.setJdbcUrl(JdbcUrls.interruptSafe(config.jdbcUrl()));
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.maxPoolSize());
    hc.setMinimumIdle(Math.min(2, config.maxPoolSize()));
    hc.setConnectionTimeout(Math.max(250, config.connectTimeout().toMillis()));
    hc.setInitializationFailTimeout(Math.max(1, config.connectTimeout().toMillis()));
    if (config.vendor() == Vendor.POSTGRESQL) {
      // A node frozen (suspended laptop, stopped VM) inside a transaction would otherwise hold
      // Quartz's TRIGGER_ACCESS lock or a task row and stall the whole cluster until it wakes.
      hc.setConnectionInitSql(
          "SET idle_in_transaction_session_timeout = '"
              + IDLE_IN_TRANSACTION_TIMEOUT_S
              + "s'; SET lock_timeout = '"
              + LOCK_TIMEOUT_S
              + "s'");
      // A batch of inserts (bulk creation, execution-log rows) goes as multi-row INSERTs.
      hc.addDataSourceProperty("reWriteBatchedInserts", "true");
      // Without this, PgJDBC puts the server's detail (a row's values) into exception messages,
      // and a failed batch's message renders the statement with its bound values.
      hc.addDataSourceProperty("logServerErrorDetail", "false");
    } else {
      // A closed H2 database (disk full, I/O error) answers every pooled connection with
      // "database is closed"; evicting them lets the next connection reopen it once it can.
      hc.setExceptionOverride(new H2ClosedEviction());
    }
    try {
      return new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw unavailable(config, "cannot reach", e);
    }
  }

  private static void migrate(DataSource ds, Vendor vendor, String url) {
    FluentConfiguration flyway =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:" + vendor.migrationLocation())
            .failOnMissingLocations(true);
    JdbcUrls.currentSchema(url).ifPresent(schema -> flyway.schemas(schema).createSchemas(true));
    flyway.load().migrate();
  }

  private static StoreUnavailableException unavailable(
      DatabaseConfig config, String what, RuntimeException e) {
    String reason = rootMessage(e);
    String message = "Database " + what + " " + config.redactedUrl() + ": " + reason;
    return new StoreUnavailableException(message.replace('\n', ' ').replace('\r', ' '), e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t instanceof SQLException) {
        break;
      }
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return JdbcUrls.redact(msg);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Vendor vendor() {
    return vendor;
  }

  /** How long a caller waits for a connection before the database counts as unreachable. */
  public java.time.Duration connectTimeout() {
    return connectTimeout;
  }

  /** "H2 /home/x/.taskdeck/taskdeck" or "PostgreSQL 127.0.0.1:5432/test": no secrets. */
  public String displayName() {
    return displayName;
  }

  /**
   * On an embedded H2 file hosted by this process: compacts it online in short steps, so that rows
   * a purge deleted give their space back; returns the file size before and after. Empty on
   * PostgreSQL (its autovacuum reuses the space) and when another local process hosts the file.
   * Nothing either while the file is smaller than {@code minSize} bytes; no more steps once {@code
   * keepGoing} turns false (the engine stops).
   */
  public java.util.Optional<long[]> compactOnline(
      long minSize, java.util.function.BooleanSupplier keepGoing) {
    if (vendor != Vendor.H2) {
      return java.util.Optional.empty();
    }
    return H2Compaction.online(
        dataSource, minSize, COMPACT_STEPS, COMPACT_STEP, COMPACT_REST, keepGoing);
  }

  /**
   * Asks {@link #close()} to compact an embedded H2 file that no other process uses any more. Only
   * the application's own lifecycle asks for it (the desktop, the server): while the file is
   * rewritten it is locked, and a process that opens it at that moment fails, as the benchmark's
   * nodes did when their harness closed its own connection to the data dir they were starting on.
   */
  public Database compactingOnClose() {
    this.compactOnClose = true;
    return this;
  }

  /**
   * Closes the pool. When {@link #compactingOnClose()} was asked, on an embedded H2 file that no
   * other process uses any more, then runs {@code SHUTDOWN COMPACT}, so the file holds no free
   * space while the app is not running.
   */
  @Override
  public void close() {
    if (!dataSource.isClosed()) {
      dataSource.close();
      if (compactOnClose && vendor == Vendor.H2 && !dataSource.getJdbcUrl().contains(":mem:")) {
        H2Compaction.atClose(
            dataSource.getJdbcUrl() + ";IFEXISTS=TRUE",
            dataSource.getUsername(),
            dataSource.getPassword());
      }
      log.info("Database closed: {}", displayName);
    }
  }
}
