package io.taskdeck.bench;

import io.taskdeck.store.JdbcUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one benchmark run: an H2 file in a new temporary directory, or a new
 * schema on a PostgreSQL server. {@link #close()} drops it.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final String url;
  private final String label;
  private final Runnable dropper;

  private ScratchDatabase(String url, String label, Runnable dropper) {
    this.url = url;
    this.label = label;
    this.dropper = dropper;
  }

  /**
   * A fresh database on {@code baseUrl}: null means an embedded H2 in a new temp dir; a {@code
   * jdbc:postgresql:} URL gets a new schema ({@code currentSchema=...}).
   */
  public static ScratchDatabase create(String baseUrl) {
    if (baseUrl == null) {
      return h2();
    }
    if (baseUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      return postgres(baseUrl);
    }
    throw new IllegalArgumentException(
        "--db must be a jdbc:postgresql: URL (or absent for an embedded H2), was " + JdbcUrls.redact(baseUrl));
  }

  private static ScratchDatabase h2() {
    try {
      Path dir = Files.createTempDirectory("taskdeck-bench-");
      String url = "jdbc:h2:file:" + dir.resolve("bench") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
      return new ScratchDatabase(url, "h2", () -> deleteTree(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for H2", e);
    }
  }

  private static ScratchDatabase postgres(String baseUrl) {
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      execute(baseUrl, "CREATE SCHEMA " + schema);
    } catch (IllegalStateException e) {
      throw new UnreachableException(e.getMessage(), e);
    }
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new ScratchDatabase(
        url, "postgresql", () -> execute(baseUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
  }

  /** The JDBC URL of the fresh database, for this process and for the nodes. */
  public String url() {
    return url;
  }

  /** "h2" or "postgresql", as reported in the results. */
  public String label() {
    return label;
  }

  /** The user for an H2 URL (PostgreSQL URLs carry their own). */
  public String user() {
    return label.equals("h2") ? "sa" : null;
  }

  public String password() {
    return label.equals("h2") ? "" : null;
  }

  @Override
  public void close() {
    dropper.run();
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot run '" + sql + "' on " + JdbcUrls.redact(url) + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** The database server cannot be reached, or refuses to create the schema. */
  public static final class UnreachableException extends RuntimeException {
    UnreachableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
