package io.taskdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A cluster-wide lease on a row of {@code maintenance_lease}: one holder at a time, until its
 * expiry on the database clock. A holder that stops renewing (its node died or froze) loses the
 * lease once it expires, and any node may take it. {@link #renew} runs inside the holder's own
 * write transactions, so a holder that lost the lease writes nothing more (it is fenced).
 */
public final class MaintenanceLease {
  private final Jdbc jdbc;
  private final String name;
  private final Duration ttl;

  /** {@code name} is a row the migrations created ({@code retention}). */
  public MaintenanceLease(Jdbc jdbc, String name, Duration ttl) {
    this.jdbc = jdbc;
    this.name = name;
    this.ttl = ttl;
  }

  /**
   * Takes the lease for {@code holder} if it is free, expired or already its own; true if held now.
   */
  public boolean tryAcquire(String holder) {
    return jdbc.inTransaction(
        c -> {
          Instant now = Jdbc.databaseNow(c);
          return Jdbc.update(
                  c,
                  "UPDATE maintenance_lease SET holder = ?, expires_at = ? WHERE name = ?"
                      + " AND (holder IS NULL OR holder = ? OR expires_at < ?)",
                  holder,
                  now.plus(ttl),
                  name,
                  holder,
                  now)
              == 1;
        });
  }

  /**
   * Extends the lease inside the caller's transaction, and locks its row until that commits; false
   * when {@code holder} no longer holds it (then the caller must roll back and stop).
   */
  public boolean renew(Connection c, String holder) throws SQLException {
    Instant now = Jdbc.databaseNow(c);
    return Jdbc.update(
            c,
            "UPDATE maintenance_lease SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at >= ?",
            now.plus(ttl),
            name,
            holder,
            now)
        == 1;
  }

  /** Gives the lease up if {@code holder} has it. */
  public void release(String holder) {
    jdbc.update(
        "UPDATE maintenance_lease SET holder = NULL WHERE name = ? AND holder = ?", name, holder);
  }

  /** The current holder, if the lease is held and not expired. */
  public Optional<String> holder() {
    return jdbc.inTransaction(
        c -> {
          Instant now = Jdbc.databaseNow(c);
          return Jdbc.query(
                  c,
                  "SELECT holder FROM maintenance_lease WHERE name = ? AND holder IS NOT NULL AND expires_at >= ?",
                  rs -> rs.getString(1),
                  name,
                  now)
              .stream()
              .findFirst();
        });
  }
}
