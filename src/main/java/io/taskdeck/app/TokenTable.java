package io.taskdeck.app;

import io.taskdeck.core.ApiToken;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * The table {@code taskdeck token list} prints: names, roles and times, never secrets or hashes.
 */
final class TokenTable {
  private static final String ROW = "%-24s %-8s %-24s %-24s %-24s %s%n";

  private TokenTable() {}

  static void print(PrintStream out, List<ApiToken> tokens) {
    out.printf(ROW, "NAME", "ROLE", "CREATED", "EXPIRES", "LAST USED", "STATE");
    Instant now = Instant.now();
    for (ApiToken t : tokens) {
      String state = t.revoked() ? "revoked" : t.expiredAt(now) ? "expired" : "active";
      out.printf(
          ROW,
          t.name(),
          t.role().wireName(),
          t.createdAt(),
          or(t.expiresAt(), "never"),
          or(t.lastUsedAt(), "never"),
          state);
    }
    if (tokens.isEmpty()) {
      out.println("(no tokens)");
    }
  }

  private static String or(Instant t, String none) {
    return t == null ? none : t.toString();
  }
}
