package io.taskdeck.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong entity tags and {@code If-Match}. A task's tag is its revision, which grows with every
 * change; a calendar's is a digest of its JSON. A stale {@code If-Match} is 412, and nothing
 * changes.
 */
final class ETags {
  private ETags() {}

  static String ofRevision(long revision) {
    return "\"" + revision + "\"";
  }

  static String ofContent(byte[] json) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String ofContent(String json) {
    return ofContent(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Refuses the request (412) when it has an {@code If-Match} that {@code current} does not match.
   */
  static void requireMatch(Context ctx, String current) {
    String header = ctx.header("If-Match");
    if (header == null) {
      return;
    }
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(current)) {
        return;
      }
    }
    throw new HttpProblem(
        412,
        "If-Match "
            + header
            + " is stale: the current ETag is "
            + current
            + "; read it again and retry",
        "If-Match");
  }
}
