package io.taskdeck.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call the API: {@code Authorization: Bearer TOKEN} on every path but the open ones,
 * compared in constant time, with repeated wrong tokens from one address slowed by an {@link
 * AuthThrottle}. The one class that decides access.
 */
final class BearerAuth implements Handler {
  private static final String PREFIX = "Bearer ";
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"taskdeck\"");
  private final byte[] expected;
  private final Set<String> openPaths;
  private final AuthThrottle throttle;

  BearerAuth(String token, Set<String> openPaths, AuthThrottle throttle) {
    this.expected = sha256(token);
    this.openPaths = Set.copyOf(openPaths);
    this.throttle = throttle;
  }

  @Override
  public void handle(Context ctx) {
    if (openPaths.contains(ctx.path())) {
      return;
    }
    String address = ctx.ip();
    Optional<Duration> wait = throttle.waitFor(address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new HttpProblem(429, "too many wrong tokens from " + address + "; retry in " + seconds + " s",
          "Authorization", Map.of("Retry-After", Long.toString(seconds)));
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new HttpProblem(401, "missing bearer token: send 'Authorization: Bearer <token>'", "Authorization", CHALLENGE);
    }
    if (!MessageDigest.isEqual(expected, sha256(header.substring(PREFIX.length()).trim()))) {
      throttle.failed(address);
      throw new HttpProblem(401, "wrong bearer token", "Authorization", CHALLENGE);
    }
    throttle.succeeded(address);
  }

  /** Hashing first makes the comparison independent of where, and whether in length, tokens differ. */
  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
