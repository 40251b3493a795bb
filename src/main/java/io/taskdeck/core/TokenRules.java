package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** The input rules of named tokens, shared by every {@link TokenService}. */
public final class TokenRules {
  public static final int MAX_NAME = 64;

  /** The longest expiry accepted: ten years. */
  public static final Duration MAX_EXPIRY = Duration.ofDays(3653);

  /**
   * A token's last use is written when the stored one is at least this old: one write a minute, not
   * one a request.
   */
  public static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_NAME - 1) + "}");

  private TokenRules() {}

  /**
   * {@code name} when it is 1 to 64 letters, digits, '.', '_' or '-' and not the env token's; else
   * a 400.
   */
  public static String requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ValidationException(
          "name",
          "name must be 1 to "
              + MAX_NAME
              + " letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (name.equalsIgnoreCase(TokenService.ENV_TOKEN_NAME)) {
      throw new ValidationException(
          "name", "name '" + name + "' is reserved for the --api-token-env token");
    }
    return name;
  }

  /**
   * {@code expiresIn} when null (no expiry) or positive and at most {@link #MAX_EXPIRY}; else a
   * 400.
   */
  public static Duration requireExpiry(Duration expiresIn) {
    if (expiresIn != null
        && (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(MAX_EXPIRY) > 0)) {
      throw new ValidationException(
          "expires_in", "expires_in must be positive and at most P3653D, got " + expiresIn);
    }
    return expiresIn;
  }

  /** True when a use of {@code token} at {@code now} should be written down. */
  public static boolean lastUseDue(ApiToken token, Instant now) {
    return token.lastUsedAt() == null
        || !now.isBefore(token.lastUsedAt().plus(LAST_USED_GRANULARITY));
  }
}
