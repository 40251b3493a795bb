package io.taskdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tasks a request with an idempotency key created ({@code request_created}, V81), written in
 * the transaction that creates them, so that a retry after a lost answer finds them.
 */
public final class RequestCreatedRepository {
  /** As long as an Idempotency-Key is kept. */
  public static final Duration KEPT = Duration.ofHours(24);

  private final Jdbc jdbc;

  public RequestCreatedRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Records that the request {@code keyHash} created {@code ids}, in the caller's transaction. */
  public void record(Connection c, String keyHash, List<UUID> ids, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO request_created (key_hash, position, task_id, created_at) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < ids.size(); i++) {
        Jdbc.bind(ps, keyHash, i, ids.get(i), now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * What the request {@code keyHash} created within {@link #KEPT} of {@code now}, in order; empty
   * if nothing.
   */
  public Optional<List<UUID>> created(String keyHash, Instant now) {
    List<UUID> ids =
        jdbc.query(
            "SELECT task_id FROM request_created WHERE key_hash = ? AND created_at > ? ORDER BY position",
            rs -> rs.getObject(1, UUID.class),
            keyHash,
            now.minus(KEPT));
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
  }

  /** Forgets requests older than {@link #KEPT}. */
  public int purge(Instant now) {
    return jdbc.update("DELETE FROM request_created WHERE created_at < ?", now.minus(KEPT));
  }
}
