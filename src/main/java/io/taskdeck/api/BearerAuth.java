package io.taskdeck.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;

/** Requires {@code Authorization: Bearer TOKEN} on every path but the open ones; constant-time compare. */
final class BearerAuth implements Handler {
  private static final String PREFIX = "Bearer ";
  private final byte[] expected;
  private final Set<String> openPaths;

  BearerAuth(String token, Set<String> openPaths) {
    this.expected = sha256(token);
    this.openPaths = Set.copyOf(openPaths);
  }

  @Override
  public void handle(Context ctx) {
    if (openPaths.contains(ctx.path())) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw unauthorized("missing bearer token: send 'Authorization: Bearer <token>'");
    }
    if (!MessageDigest.isEqual(expected, sha256(header.substring(PREFIX.length()).trim()))) {
      throw unauthorized("wrong bearer token");
    }
  }

  /** Hashing first makes the comparison independent of where, and whether in length, tokens differ. */
  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static HttpProblem unauthorized(String message) {
    return new HttpProblem(401, message, "Authorization", Map.of("WWW-Authenticate", "Bearer realm=\"taskdeck\""));
  }
}
