package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.ApiToken;
import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Thin handlers of /api/v1/tokens (admin only): list, create (the token is in the answer, once),
 * revoke.
 */
final class TokenHandlers {
  private final TokenService tokens;
  private final RequestReader reader;

  TokenHandlers(TokenService tokens, RequestReader reader) {
    this.tokens = tokens;
    this.reader = reader;
  }

  /**
   * A token request: {@code expires_in} is an ISO-8601 duration such as P90D, absent for no expiry.
   */
  record TokenInput(String name, String role, Duration expiresIn) {}

  /** A token as listed. */
  record TokenDto(
      String name,
      String role,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      boolean revoked,
      Instant revokedAt) {
    static TokenDto of(ApiToken t) {
      return new TokenDto(
          t.name(),
          t.role().wireName(),
          t.createdAt(),
          t.expiresAt(),
          t.lastUsedAt(),
          t.revoked(),
          t.revokedAt());
    }
  }

  /** A token just created: the listing's fields and the token itself. */
  record IssuedDto(String name, String role, Instant createdAt, Instant expiresAt, String token) {}

  void list(Context ctx) {
    ctx.json(Map.of("items", tokens.list().stream().map(TokenDto::of).toList()));
  }

  void create(Context ctx) {
    TokenInput in = reader.wire().read(reader.json(ctx), TokenInput.class, "");
    IssuedToken issued =
        tokens
            .as(BearerAuth.actor(ctx))
            .create(in.name(), Role.parse("role", in.role()), in.expiresIn());
    ApiToken t = issued.token();
    ctx.status(201)
        .header("Cache-Control", "no-store")
        .json(
            new IssuedDto(
                t.name(), t.role().wireName(), t.createdAt(), t.expiresAt(), issued.secret()));
  }

  void revoke(Context ctx) {
    ctx.json(TokenDto.of(tokens.as(BearerAuth.actor(ctx)).revoke(ctx.pathParam("name"))));
  }
}
