package io.taskdeck.store;

import io.taskdeck.core.ValidationException;
import java.time.Duration;

/**
 * How to reach the database. {@link #toString()} never shows the password.
 *
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user the user, or null when the URL carries it (or none is needed)
 * @param password the password, or null
 * @param maxPoolSize the size of the one Hikari pool shared by Flyway, Quartz and our repositories
 * @param connectTimeout how long to wait for a connection before the database counts as unreachable
 */
public record DatabaseConfig(
    String jdbcUrl, String user, String password, int maxPoolSize, Duration connectTimeout) {

  /** Quartz wants about worker threads + 3 connections; the repositories share the rest. */
  public static final int DEFAULT_MAX_POOL_SIZE = 20;

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  public DatabaseConfig {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new ValidationException("db", "a JDBC URL is required");
    }
    if (maxPoolSize < 2) {
      throw new ValidationException("db.max_pool_size", "the pool needs at least 2 connections");
    }
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
  }

  public static DatabaseConfig of(String jdbcUrl, String user, String password) {
    return new DatabaseConfig(
        jdbcUrl, user, password, DEFAULT_MAX_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT);
  }

  public DatabaseConfig withMaxPoolSize(int size) {
    return new DatabaseConfig(jdbcUrl, user, password, size, connectTimeout);
  }

  public DatabaseConfig withConnectTimeout(Duration timeout) {
    return new DatabaseConfig(jdbcUrl, user, password, maxPoolSize, timeout);
  }

  /** The vendor, decided by the URL prefix. */
  public Vendor vendor() {
    return Vendor.of(jdbcUrl);
  }

  /** The URL with any password parameter masked, safe for logs and messages. */
  public String redactedUrl() {
    return JdbcUrls.redact(jdbcUrl);
  }

  @Override
  public String toString() {
    return "DatabaseConfig[jdbcUrl="
        + redactedUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "****")
        + ", maxPoolSize="
        + maxPoolSize
        + ", connectTimeout="
        + connectTimeout
        + "]";
  }
}
