package io.taskdeck.testsupport;

import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh databases for tests.
 *
 * <ul>
 *   <li>{@link #h2(Path)}: an H2 file database in the given temp dir ({@code
 *       AUTO_SERVER=TRUE;WRITE_DELAY=0}).
 *   <li>{@link #postgres()}: a new schema on {@code TASKDECK_TEST_PG_URL} when it is set, otherwise
 *       on an embedded PostgreSQL (zonky) started once per JVM. When neither works the test is
 *       skipped with the reason, except when the environment variable {@code CI} is {@code true}:
 *       then it fails.
 * </ul>
 */
public final class TestDatabases {
  public static final String PG_URL_VARIABLE = "TASKDECK_TEST_PG_URL";
  private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

  private TestDatabases() {}

  /** A fresh H2 file database under {@code tempDir}. */
  public static TestDatabase h2(Path tempDir) {
    String url = Database.defaultH2Url(tempDir.resolve("h2-" + shortId()));
    return new TestDatabase(DatabaseConfig.of(url, "sa", ""), () -> {});
  }

  /**
   * An H2 database in a new folder under {@code tempDir}, made from a copy of {@code mvDb} (a
   * {@code .mv.db} file).
   */
  public static TestDatabase h2From(Path tempDir, java.io.InputStream mvDb) {
    Path dir = tempDir.resolve("h2-" + shortId());
    try {
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.copy(mvDb, dir.resolve("taskdeck.mv.db"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot copy the H2 fixture: " + e.getMessage(), e);
    }
    return new TestDatabase(DatabaseConfig.of(Database.defaultH2Url(dir), "sa", ""), () -> {});
  }

  /**
   * A fresh schema on PostgreSQL loaded from a {@code pg_dump} script whose schema name is written
   * {@code __SCHEMA__}; closing the result drops it.
   */
  public static TestDatabase postgresFrom(String dump) {
    TestDatabase tdb = postgres();
    String schema =
        tdb.jdbcUrl()
            .substring(tdb.jdbcUrl().indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(basePostgresUrl());
        Statement s = c.createStatement()) {
      s.execute(dump.replace("__SCHEMA__", schema));
    } catch (SQLException e) {
      tdb.close();
      throw new IllegalStateException("cannot load the PostgreSQL fixture: " + e.getMessage(), e);
    }
    return tdb;
  }

  /** A fresh, uniquely named schema on PostgreSQL; closing the result drops it. */
  public static TestDatabase postgres() {
    String base = basePostgresUrl();
    String schema = "td_" + shortId();
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      unavailable("cannot create a schema on " + base + ": " + e.getMessage(), e);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(DatabaseConfig.of(url, null, null), () -> drop(base, schema));
  }

  /**
   * The URL of the PostgreSQL server {@link #postgres()} uses, for tests that create their own
   * schemas on it (the benchmark harness does); skipped or failed as {@link #postgres()} is.
   */
  public static String postgresServerUrl() {
    return basePostgresUrl();
  }

  /** True when the environment says this is a CI run, where nothing may be skipped. */
  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String basePostgresUrl() {
    String configured = System.getenv(PG_URL_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    return EmbeddedHolder.url();
  }

  private static void drop(String base, String schema) {
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      log.warn("Could not drop test schema {}: {}", schema, e.getMessage());
    }
  }

  static void unavailable(String reason, Throwable cause) {
    if (isCi()) {
      throw new IllegalStateException("PostgreSQL is required when CI=true: " + reason, cause);
    }
    Assumptions.abort("PostgreSQL is not available, skipping: " + reason);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /** The embedded PostgreSQL, started on first use and stopped when the JVM exits. */
  private static final class EmbeddedHolder {
    private static String url;
    private static String failure;

    static synchronized String url() {
      if (url == null && failure == null) {
        start();
      }
      if (url == null) {
        unavailable(
            PG_URL_VARIABLE + " is not set and embedded PostgreSQL failed: " + failure, null);
      }
      return url;
    }

    private static void start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> closeQuietly(pg), "embedded-pg-stop"));
        url = pg.getJdbcUrl("postgres", "postgres");
        log.info("Embedded PostgreSQL started for tests: {}", url);
      } catch (Exception | LinkageError e) {
        failure = e.toString();
      }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
      try {
        pg.close();
      } catch (Exception e) {
        log.debug("Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }
}
