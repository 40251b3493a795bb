package io.taskdeck.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A named API token as listed: never its secret, never its hash.
 *
 * @param expiresAt when it stops working, or null for never
 * @param lastUsedAt when it was last accepted (kept to the minute), or null
 * @param revokedAt when it was revoked, or null while it is not
 */
public record ApiToken(
    String name,
    Role role,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {
  public ApiToken {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** True when it has an expiry that is not after {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }
}
