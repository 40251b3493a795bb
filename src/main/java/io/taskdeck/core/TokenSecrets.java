package io.taskdeck.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a named token and how it is kept: {@code tdk_<key id>_<secret>}, where the key id
 * (64 random bits, hex) finds the row and the secret (256 random bits, base64url) is checked
 * against SHA-256(salt || secret). Tokens are random, so one salted SHA-256 is enough; a slow hash
 * would only slow every request down. Comparisons are in constant time.
 */
public final class TokenSecrets {
  /** What a stored token keeps: never the secret. */
  public record Stored(String keyId, String salt, String hash) {}

  /** A token split into its parts. */
  public record Parsed(String keyId, String secret) {}

  private static final String PREFIX = "tdk_";
  private static final Pattern SHAPE = Pattern.compile("tdk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
  private static final HexFormat HEX = HexFormat.of();
  private final SecureRandom random;

  public TokenSecrets(SecureRandom random) {
    this.random = random;
  }

  /** A new token, and what to store of it. */
  public IssuedParts issue() {
    String keyId = HEX.formatHex(bytes(8));
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    String salt = HEX.formatHex(bytes(16));
    return new IssuedParts(
        PREFIX + keyId + "_" + secret, new Stored(keyId, salt, hash(salt, secret)));
  }

  /** The clear token (shown once) and what is stored. */
  public record IssuedParts(String token, Stored stored) {}

  /** The parts of {@code presented}, or empty when it does not have a token's shape. */
  public static Optional<Parsed> parse(String presented) {
    var m = SHAPE.matcher(presented == null ? "" : presented.strip());
    return m.matches() ? Optional.of(new Parsed(m.group(1), m.group(2))) : Optional.empty();
  }

  /** True when {@code secret} is the one {@code stored} was made from; constant time. */
  public static boolean matches(Stored stored, String secret) {
    return constantTimeEquals(stored.hash(), hash(stored.salt(), secret));
  }

  /**
   * Compares two strings in time independent of where they differ (and, via hashing, of their
   * lengths).
   */
  public static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        sha256(a.getBytes(StandardCharsets.UTF_8)), sha256(b.getBytes(StandardCharsets.UTF_8)));
  }

  static String hash(String saltHex, String secret) {
    byte[] salt = HEX.parseHex(saltHex);
    byte[] s = secret.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[salt.length + s.length];
    System.arraycopy(salt, 0, input, 0, salt.length);
    System.arraycopy(s, 0, input, salt.length, s.length);
    return HEX.formatHex(sha256(input));
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
