package io.taskdeck.testsupport;

import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.taskdeck.store.Vendor;
import java.util.Objects;

/**
 * A fresh, empty database for one test: an H2 file in a temp dir, or a uniquely named PostgreSQL
 * schema. {@link #close()} drops it (best effort). Open as many {@link Database}s on it as needed.
 */
public final class TestDatabase implements AutoCloseable {
  private final DatabaseConfig config;
  private final Runnable dropper;

  TestDatabase(DatabaseConfig config, Runnable dropper) {
    this.config = Objects.requireNonNull(config);
    this.dropper = dropper;
  }

  public DatabaseConfig config() {
    return config;
  }

  public String jdbcUrl() {
    return config.jdbcUrl();
  }

  public Vendor vendor() {
    return config.vendor();
  }

  /** Opens (and migrates) a new {@link Database} on this test database; the caller closes it. */
  public Database open() {
    return Database.open(config);
  }

  @Override
  public void close() {
    dropper.run();
  }

  @Override
  public String toString() {
    return config.redactedUrl();
  }
}
