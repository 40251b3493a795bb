package io.taskdeck.store;

import io.taskdeck.core.DataRejectedException;
import io.taskdeck.core.IdempotencyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link IdempotencyStore} on the {@code idempotency_key} table (V51). A claim left unanswered for
 * {@link #ABANDONED_AFTER} (its process died, or could not give the key up while the database was
 * down) is taken over by the next request with the key, so a client is not refused for 24 h.
 */
public final class IdempotencyRepository implements IdempotencyStore {
  static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(2);
  private final Jdbc jdbc;
  private final Clock clock;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

  public IdempotencyRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Row(String hash, Integer status, String body, String location) {}

  @Override
  public Optional<Answer> begin(String key, String route, String requestHash) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    purgeExpired(now);
    jdbc.update(
        "DELETE FROM idempotency_key WHERE idem_key = ? AND route = ?"
            + " AND (created_at < ? OR (status IS NULL AND created_at < ?))",
        key,
        route,
        now.minus(RETENTION),
        now.minus(ABANDONED_AFTER));
    try {
      jdbc.update(
          "INSERT INTO idempotency_key (idem_key, route, request_hash, created_at) VALUES (?, ?, ?, ?)",
          key,
          route,
          requestHash,
          now);
      return Optional.empty();
    } catch (DataRejectedException taken) {
      Row row = find(key, route).orElseThrow(() -> taken);
      if (!row.hash().equals(requestHash)) {
        throw new KeyReusedException(
            "Idempotency-Key '"
                + key
                + "' was used within 24 h for another request to "
                + route
                + "; use a new key for a new request");
      }
      if (row.status() == null) {
        throw new KeyInUseException(
            "the first request with Idempotency-Key '"
                + key
                + "' is still being answered; retry shortly");
      }
      return Optional.of(new Answer(row.status(), row.body(), row.location()));
    }
  }

  private Optional<Row> find(String key, String route) {
    return jdbc.queryOne(
        "SELECT request_hash, status, response_body, location FROM idempotency_key"
            + " WHERE idem_key = ? AND route = ?",
        rs ->
            new Row(
                rs.getString(1), Jdbc.nullableInt(rs, "status"), rs.getString(3), rs.getString(4)),
        key,
        route);
  }

  @Override
  public void finish(String key, String route, Answer answer) {
    jdbc.update(
        "UPDATE idempotency_key SET status = ?, response_body = ?, location = ? WHERE idem_key = ? AND route = ?",
        answer.status(),
        answer.body(),
        answer.location(),
        key,
        route);
  }

  @Override
  public void release(String key, String route) {
    jdbc.update(
        "DELETE FROM idempotency_key WHERE idem_key = ? AND route = ? AND status IS NULL",
        key,
        route);
  }

  /** Deletes keys past their retention, at most once a minute per process. */
  private void purgeExpired(Instant now) {
    Instant last = lastPurge.get();
    if (now.isBefore(last.plusSeconds(60)) || !lastPurge.compareAndSet(last, now)) {
      return;
    }
    jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", now.minus(RETENTION));
    new RequestCreatedRepository(jdbc).purge(now);
  }
}
