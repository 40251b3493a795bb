package io.taskdeck.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.taskdeck.core.Actor;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenCheck;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: {@code Authorization: Bearer TOKEN} on every path but the open ones, either the
 * {@code --api-token-env} token (an admin named {@code env}, compared in constant time) or a named
 * token of the {@link TokenService}. Repeated wrong tokens from one address are slowed by an {@link
 * AuthThrottle}. Without an env token and before any named token exists, nothing is asked (loopback
 * only: a wider bind needs the env token) and the caller is a local admin. The one class that
 * decides access; {@link #guard} checks a route's role against the caller found here.
 */
final class BearerAuth implements Handler {
  /** Who made the request. */
  record Caller(String name, Role role, Actor.Kind kind) {}

  static final Caller LOCAL = new Caller("local", Role.ADMIN, Actor.Kind.LOCAL);
  private static final String CALLER = "taskdeck.caller";
  private static final String PREFIX = "Bearer ";
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Bearer realm=\"taskdeck\"");
  private final Optional<String> envToken;
  private final TokenService tokens;
  private final Set<String> openPaths;
  private final AuthThrottle throttle;
  private volatile boolean tokensExist;

  BearerAuth(
      Optional<String> envToken,
      TokenService tokens,
      Set<String> openPaths,
      AuthThrottle throttle) {
    this.envToken = envToken;
    this.tokens = tokens;
    this.openPaths = Set.copyOf(openPaths);
    this.throttle = throttle;
  }

  @Override
  public void handle(Context ctx) {
    if (openPaths.contains(ctx.path())) {
      return;
    }
    if (envToken.isEmpty() && !tokensExist()) {
      ctx.attribute(CALLER, LOCAL);
      return;
    }
    String address = ctx.ip();
    Optional<Duration> wait = throttle.waitFor(address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new HttpProblem(
          429,
          "too many wrong tokens from " + address + "; retry in " + seconds + " s",
          "Authorization",
          Map.of("Retry-After", Long.toString(seconds)));
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new HttpProblem(
          401,
          "missing bearer token: send 'Authorization: Bearer <token>'",
          "Authorization",
          CHALLENGE);
    }
    ctx.attribute(CALLER, caller(address, header.substring(PREFIX.length()).trim()));
    throttle.succeeded(address);
  }

  private Caller caller(String address, String presented) {
    if (envToken.isPresent() && TokenSecrets.constantTimeEquals(envToken.get(), presented)) {
      return new Caller(TokenService.ENV_TOKEN_NAME, Role.ADMIN, Actor.Kind.ENV);
    }
    TokenCheck check = tokens.check(presented);
    if (check instanceof TokenCheck.Valid v) {
      return new Caller(v.token().name(), v.token().role(), Actor.Kind.TOKEN);
    }
    throttle.failed(address);
    String why = "wrong bearer token";
    if (check instanceof TokenCheck.Expired e) {
      why = "token '" + e.token().name() + "' expired at " + e.token().expiresAt();
    } else if (check instanceof TokenCheck.Revoked r) {
      why = "token '" + r.token().name() + "' was revoked at " + r.token().revokedAt();
    }
    throw new HttpProblem(401, why, "Authorization", CHALLENGE);
  }

  /** Once a named token exists, it always will (revoked ones keep their rows): then stop asking. */
  private boolean tokensExist() {
    if (!tokensExist) {
      tokensExist = tokens.anyTokens();
    }
    return tokensExist;
  }

  /**
   * The caller of a request that passed {@link #guard}, as the audit trail names it: with the
   * request's X-Request-Id.
   */
  static Actor actor(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    if (caller == null) {
      throw new IllegalStateException("no caller: the route is not guarded");
    }
    return new Actor(caller.name(), caller.kind(), ctx.res().getHeader(RequestIds.HEADER));
  }

  /**
   * The route's handler behind a check that the caller holds its role: 403 naming the role
   * otherwise.
   */
  static Handler guard(Route route) {
    Role needed = route.role();
    Handler inner = route.handler();
    return ctx -> {
      Caller caller = ctx.attribute(CALLER);
      if (caller == null || !caller.role().includes(needed)) {
        String who =
            caller == null
                ? "no caller"
                : "token '" + caller.name() + "' has the role " + caller.role().wireName();
        throw new HttpProblem(
            403,
            route.method()
                + " "
                + route.path()
                + " needs the role "
                + needed.wireName()
                + " or higher; "
                + who,
            "Authorization");
      }
      inner.handle(ctx);
    };
  }
}
