package io.taskdeck.engine.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the database clock and how far this node's clock is from it. */
final class DatabaseClock {
  private final Clock clock;

  DatabaseClock(Clock clock) {
    this.clock = clock;
  }

  /** The database's current time. */
  static Instant now(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  /**
   * Database clock minus local clock, positive when the database is ahead. The local time is taken
   * halfway through the round trip, so network latency does not count as skew.
   */
  Duration skew(Connection c) throws SQLException {
    long before = clock.millis();
    Instant db = now(c);
    long after = clock.millis();
    return Duration.ofMillis(db.toEpochMilli() - (before + (after - before) / 2));
  }
}
