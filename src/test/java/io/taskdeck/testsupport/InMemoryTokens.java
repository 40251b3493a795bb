package io.taskdeck.testsupport;

import io.taskdeck.core.ApiToken;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenCheck;
import io.taskdeck.core.TokenRules;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link TokenService} in memory, for the HTTP layer's tests on in-memory services. The token
 * contract test runs against it and against the database repository alike.
 */
public final class InMemoryTokens implements TokenService {
  private record Entry(ApiToken token, TokenSecrets.Stored stored) {}

  private final Map<String, Entry> byName = new TreeMap<>();
  private final Clock clock;
  private final TokenSecrets secrets = new TokenSecrets(new SecureRandom());

  public InMemoryTokens(Clock clock) {
    this.clock = clock;
  }

  public InMemoryTokens() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized IssuedToken create(String name, Role role, Duration expiresIn) {
    TokenRules.requireName(name);
    TokenRules.requireExpiry(expiresIn);
    if (byName.containsKey(name)) {
      throw new IllegalStateChangeException(
          "a token named '" + name + "' exists (names are never reused)");
    }
    Instant now = clock.instant();
    ApiToken token =
        new ApiToken(name, role, now, expiresIn == null ? null : now.plus(expiresIn), null, null);
    TokenSecrets.IssuedParts parts = secrets.issue();
    byName.put(name, new Entry(token, parts.stored()));
    return new IssuedToken(token, parts.token());
  }

  @Override
  public synchronized List<ApiToken> list() {
    return new ArrayList<>(byName.values().stream().map(Entry::token).toList());
  }

  @Override
  public synchronized ApiToken revoke(String name) {
    Entry e = byName.get(name);
    if (e == null) {
      throw new NotFoundException("token", name);
    }
    if (!e.token().revoked()) {
      ApiToken t = e.token();
      e =
          new Entry(
              new ApiToken(
                  t.name(),
                  t.role(),
                  t.createdAt(),
                  t.expiresAt(),
                  t.lastUsedAt(),
                  clock.instant()),
              e.stored());
      byName.put(name, e);
    }
    return e.token();
  }

  @Override
  public synchronized TokenCheck check(String presented) {
    Optional<TokenSecrets.Parsed> parsed = TokenSecrets.parse(presented);
    Optional<Entry> found =
        parsed.flatMap(
            p ->
                byName.values().stream()
                    .filter(
                        e ->
                            e.stored().keyId().equals(p.keyId())
                                && TokenSecrets.matches(e.stored(), p.secret()))
                    .findFirst());
    if (found.isEmpty()) {
      return new TokenCheck.Unknown();
    }
    ApiToken t = found.get().token();
    Instant now = clock.instant();
    if (t.revoked()) {
      return new TokenCheck.Revoked(t);
    }
    if (t.expiredAt(now)) {
      return new TokenCheck.Expired(t);
    }
    if (TokenRules.lastUseDue(t, now)) {
      byName.put(
          t.name(),
          new Entry(
              new ApiToken(t.name(), t.role(), t.createdAt(), t.expiresAt(), now, t.revokedAt()),
              found.get().stored()));
    }
    return new TokenCheck.Valid(t);
  }

  @Override
  public synchronized boolean anyTokens() {
    return !byName.isEmpty();
  }
}
