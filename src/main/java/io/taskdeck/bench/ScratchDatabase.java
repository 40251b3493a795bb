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
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one benchmark run: an H2 file in a new temporary directory, or a new
 * schema on a PostgreSQL server. {@link #close()} drops it. It knows the user and password every
 * connection of the run uses (the harness's, the nodes' and its own); it never shows the password.
 */
public final class ScratchDatabase implements AutoCloseable {
  /**
   * The embedded H2's user and password when none is given, as the main command's data dir uses.
   */
  static final String H2_DEFAULT_USER = "sa";

  private final String url;
  private final String label;
  private final String user;
  private final String password;
  private Runnable dropper = () -> {};

  private ScratchDatabase(String url, String label, String user, String password) {
    this.url = url;
    this.label = label;
    this.user = user;
    this.password = password;
  }

  /**
   * A fresh database on {@code baseUrl}: null means an embedded H2 in a new temp dir (created with
   * {@code user} and {@code password}, by default {@value #H2_DEFAULT_USER} and no password); a
   * {@code jdbc:postgresql:} URL gets a new schema ({@code currentSchema=...}), reached as {@code
   * user} (null: the URL's) with {@code password} (null: none, or the URL's).
   */
  public static ScratchDatabase create(String baseUrl, String user, String password) {
    if (baseUrl == null) {
      return h2(user, password);
    }
    if (baseUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      return postgres(baseUrl, user, password);
    }
    throw new IllegalArgumentException(
        "--db must be a jdbc:postgresql: URL (or absent for an embedded H2), was "
            + JdbcUrls.redact(baseUrl));
  }

  private static ScratchDatabase h2(String user, String password) {
    try {
      Path dir = Files.createTempDirectory("taskdeck-bench-");
      String url = "jdbc:h2:file:" + dir.resolve("bench") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
      ScratchDatabase db =
          new ScratchDatabase(
              url, "h2", user != null ? user : H2_DEFAULT_USER, password != null ? password : "");
      db.dropper = () -> deleteTree(dir);
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for H2", e);
    }
  }

  private static ScratchDatabase postgres(String baseUrl, String user, String password) {
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ScratchDatabase server = new ScratchDatabase(baseUrl, "postgresql", user, password);
    try {
      server.execute("CREATE SCHEMA " + schema);
    } catch (IllegalStateException e) {
      throw new UnreachableException(e.getMessage(), e);
    }
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    ScratchDatabase db = new ScratchDatabase(url, "postgresql", user, password);
    db.dropper = () -> server.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    return db;
  }

  /** The JDBC URL of the fresh database, for this process and for the nodes. */
  public String url() {
    return url;
  }

  /** "h2" or "postgresql", as reported in the results. */
  public String label() {
    return label;
  }

  /** The user every connection uses, or null when the URL names it. */
  public String user() {
    return user;
  }

  /** The password every connection uses, or null for none (or the URL's). */
  public String password() {
    return password;
  }

  /** A new connection to the fresh database, for the harness's own statements. */
  Connection connect() throws SQLException {
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    return DriverManager.getConnection(url, props);
  }

  @Override
  public void close() {
    dropper.run();
  }

  private void execute(String sql) {
    try (Connection c = connect();
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
