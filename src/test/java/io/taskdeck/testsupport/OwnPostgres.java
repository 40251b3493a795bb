package io.taskdeck.testsupport;

import io.taskdeck.store.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of one test's own (zonky's embedded binaries), with a fixed data dir and a
 * fixed port, that the test may {@link #stop()} and {@link #start()} again to make a database
 * outage: never the shared server that other tests use. {@link #close()} stops it for good. Commits
 * are synchronous (zonky's default is {@code synchronous_commit=off}).
 */
public final class OwnPostgres implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OwnPostgres.class);
  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private OwnPostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Creates the cluster in {@code dataDir} (an empty temp dir) and starts it on a free port. */
  public static OwnPostgres create(Path dataDir) {
    OwnPostgres pg = new OwnPostgres(dataDir, freePort());
    pg.start();
    return pg;
  }

  /** Starts the server on its data dir and port (again). Does nothing while it runs. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("synchronous_commit", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL on " + dataDir, e);
    }
    log.info("Own PostgreSQL up on port {} ({})", port, dataDir);
  }

  /** Stops the server ({@code pg_ctl stop -m fast}: open sessions are ended). */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop PostgreSQL on port " + port, e);
    } finally {
      server = null;
    }
    log.info("Own PostgreSQL on port {} stopped", port);
  }

  public synchronized boolean running() {
    return server != null;
  }

  /** The URL of its {@code postgres} database as the superuser (trust authentication). */
  public String baseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /**
   * A fresh schema on this server, as a {@link TestDatabase}; closing it drops the schema if the
   * server runs.
   */
  public TestDatabase newDatabase(String schema) {
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on port " + port, e);
    }
    String url = baseUrl() + "&currentSchema=" + schema;
    return new TestDatabase(DatabaseConfig.of(url, null, null), () -> {});
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
