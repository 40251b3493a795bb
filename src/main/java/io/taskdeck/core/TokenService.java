package io.taskdeck.core;

import java.time.Duration;
import java.util.List;

/**
 * Named API tokens with roles (issue 19). A token is shown once, at creation; only a salted hash of
 * it is kept. Names are unique, for ever: a revoked token keeps its name.
 */
public interface TokenService {
  /** The name of the token given by {@code --api-token-env}; no stored token may take it. */
  String ENV_TOKEN_NAME = "env";

  /**
   * This service acting for {@code actor}: the changes made through the view are recorded in the
   * audit trail as {@code actor}'s (docs/audit.md). Implementations that keep the trail override
   * it; the default (test doubles) is this service itself.
   */
  default TokenService as(Actor actor) {
    return this;
  }

  /**
   * Creates a token.
   *
   * @param expiresIn how long it works, or null for no expiry
   * @throws ValidationException naming {@code name} or {@code expires_in} when they are not valid
   * @throws IllegalStateChangeException when the name is taken
   */
  IssuedToken create(String name, Role role, Duration expiresIn);

  /** Every token, revoked and expired ones included, by name. */
  List<ApiToken> list();

  /**
   * Revokes the token named {@code name}; revoking a revoked token changes nothing.
   *
   * @throws NotFoundException when there is no such token
   */
  ApiToken revoke(String name);

  /** What {@code presented} is; a valid token's last use is recorded (at most once a minute). */
  TokenCheck check(String presented);

  /**
   * True once any token was created (revoked or expired ones count): then every route needs one.
   */
  boolean anyTokens();
}
