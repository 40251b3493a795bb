package io.taskdeck.store;

import io.taskdeck.core.Actor;
import io.taskdeck.core.ApiToken;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.DataRejectedException;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenCheck;
import io.taskdeck.core.TokenRules;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link TokenService} on the {@code api_token} table (V75). A check reads one row by its key id
 * and compares the salted hash in constant time; the last use is written only when the stored one
 * is a minute old or more, so a busy token costs one write a minute, not one a request. Creating
 * and revoking write an audit row naming the instance's {@link Actor} in the same transaction
 * (never the token).
 */
public final class TokenRepository implements TokenService {
  private static final String COLUMNS =
      "name, role, created_at, expires_at, last_used_at, revoked_at";
  private final Jdbc jdbc;
  private final Clock clock;
  private final TokenSecrets secrets;
  private final AuditRepository audits;
  private final Actor actor;

  public TokenRepository(Jdbc jdbc, Clock clock, TokenSecrets secrets, Actor actor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.secrets = secrets;
    this.audits = new AuditRepository(jdbc);
    this.actor = actor;
  }

  @Override
  public TokenService as(Actor other) {
    return new TokenRepository(jdbc, clock, secrets, other);
  }

  private record Row(ApiToken token, TokenSecrets.Stored stored) {}

  @Override
  public IssuedToken create(String name, Role role, Duration expiresIn) {
    TokenRules.requireName(name);
    TokenRules.requireExpiry(expiresIn);
    Instant now = now();
    ApiToken token =
        new ApiToken(name, role, now, expiresIn == null ? null : now.plus(expiresIn), null, null);
    TokenSecrets.IssuedParts parts = secrets.issue();
    if (find(name).isPresent()) {
      throw taken(name);
    }
    try {
      jdbc.inTransaction(
          c -> {
            Jdbc.update(
                c,
                "INSERT INTO api_token (name, key_id, salt, token_hash, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                name,
                parts.stored().keyId(),
                parts.stored().salt(),
                parts.stored().hash(),
                role.wireName(),
                now,
                token.expiresAt());
            audits.record(
                c,
                AuditEntry.of(actor, AuditAction.TOKEN_CREATE, "token", name, name)
                    .withChanges(created(token)));
            return null;
          });
    } catch (DataRejectedException e) {
      throw taken(name);
    }
    return new IssuedToken(token, parts.token());
  }

  /** A new token's audit changes: its role, and its expiry when it has one (never the token). */
  private static Map<String, AuditEvent.Change> created(ApiToken token) {
    Map<String, AuditEvent.Change> changes = new java.util.LinkedHashMap<>();
    changes.put("role", new AuditEvent.Change(null, token.role().wireName()));
    if (token.expiresAt() != null) {
      changes.put("expires_at", new AuditEvent.Change(null, token.expiresAt().toString()));
    }
    return changes;
  }

  private static IllegalStateChangeException taken(String name) {
    return new IllegalStateChangeException(
        "a token named '" + name + "' exists (names are never reused); choose another name");
  }

  @Override
  public List<ApiToken> list() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM api_token ORDER BY name", TokenRepository::token);
  }

  @Override
  public ApiToken revoke(String name) {
    jdbc.inTransaction(
        c -> {
          if (Jdbc.update(
                  c,
                  "UPDATE api_token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                  now(),
                  name)
              == 1) {
            audits.record(c, AuditEntry.of(actor, AuditAction.TOKEN_REVOKE, "token", name, name));
          }
          return null;
        });
    return find(name).orElseThrow(() -> new NotFoundException("token", name));
  }

  private Optional<ApiToken> find(String name) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM api_token WHERE name = ?", TokenRepository::token, name);
  }

  @Override
  public TokenCheck check(String presented) {
    Optional<TokenSecrets.Parsed> parsed = TokenSecrets.parse(presented);
    if (parsed.isEmpty()) {
      return new TokenCheck.Unknown();
    }
    Optional<Row> row =
        jdbc.queryOne(
            "SELECT " + COLUMNS + ", key_id, salt, token_hash FROM api_token WHERE key_id = ?",
            rs ->
                new Row(
                    token(rs),
                    new TokenSecrets.Stored(
                        rs.getString("key_id"), rs.getString("salt"), rs.getString("token_hash"))),
            parsed.get().keyId());
    if (row.isEmpty() || !TokenSecrets.matches(row.get().stored(), parsed.get().secret())) {
      return new TokenCheck.Unknown();
    }
    ApiToken token = row.get().token();
    Instant now = now();
    if (token.revoked()) {
      return new TokenCheck.Revoked(token);
    }
    if (token.expiredAt(now)) {
      return new TokenCheck.Expired(token);
    }
    recordUse(token, now);
    return new TokenCheck.Valid(token);
  }

  private void recordUse(ApiToken token, Instant now) {
    if (TokenRules.lastUseDue(token, now)) {
      jdbc.update(
          "UPDATE api_token SET last_used_at = ? WHERE name = ? AND (last_used_at IS NULL OR last_used_at <= ?)",
          now,
          token.name(),
          now.minus(TokenRules.LAST_USED_GRANULARITY));
    }
  }

  /** Times are kept to the millisecond, alike on H2 and PostgreSQL. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  @Override
  public boolean anyTokens() {
    return jdbc.queryOne("SELECT COUNT(*) FROM api_token", rs -> rs.getLong(1)).orElse(0L) > 0;
  }

  private static ApiToken token(ResultSet rs) throws SQLException {
    return new ApiToken(
        rs.getString("name"),
        Role.parse("role", rs.getString("role")),
        Jdbc.instant(rs, "created_at"),
        Jdbc.instant(rs, "expires_at"),
        Jdbc.instant(rs, "last_used_at"),
        Jdbc.instant(rs, "revoked_at"));
  }
}
