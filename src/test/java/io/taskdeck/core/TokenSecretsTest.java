package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {
  private final TokenSecrets secrets = new TokenSecrets(new SecureRandom());

  @Test
  void aTokenCarries256RandomBitsAndOnlyItsSaltedHashIsStored() {
    TokenSecrets.IssuedParts parts = secrets.issue();
    TokenSecrets.Parsed parsed = TokenSecrets.parse(parts.token()).orElseThrow();
    assertThat(java.util.Base64.getUrlDecoder().decode(parsed.secret())).hasSize(32);
    assertThat(parsed.keyId()).isEqualTo(parts.stored().keyId());
    assertThat(parts.stored().hash()).hasSize(64).doesNotContain(parsed.secret());
    assertThat(parts.stored().hash())
        .as("salted: not the bare SHA-256 of the secret")
        .isNotEqualTo(TokenSecrets.hash("", parsed.secret()));
    assertThat(TokenSecrets.matches(parts.stored(), parsed.secret())).isTrue();
  }

  @Test
  void twoTokensShareNothingNotEvenTheirSalt() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      TokenSecrets.IssuedParts p = secrets.issue();
      assertThat(seen.add(p.token())).isTrue();
      assertThat(seen.add(p.stored().salt())).isTrue();
      assertThat(seen.add(p.stored().keyId())).isTrue();
    }
  }

  @Test
  void aSecretOffByOneCharacterOrOfAnotherShapeDoesNotMatch() {
    TokenSecrets.IssuedParts parts = secrets.issue();
    String secret = TokenSecrets.parse(parts.token()).orElseThrow().secret();
    String flipped = (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1);
    assertThat(TokenSecrets.matches(parts.stored(), flipped)).isFalse();
    assertThat(TokenSecrets.parse(parts.token() + "x")).isEmpty();
    assertThat(TokenSecrets.parse("Bearer " + parts.token())).isEmpty();
    assertThat(TokenSecrets.parse(null)).isEmpty();
  }

  /**
   * A plain String.equals returns at the first differing character; the comparison must not. With 1
   * MiB strings, equals differing at the first character answers within nanoseconds and at the last
   * after milliseconds (a ratio in the hundreds); a constant-time comparison takes the same time
   * for both.
   */
  @Test
  void theComparisonTakesAsLongWhereverTheStringsDiffer() {
    char[] base = new char[1 << 20];
    Arrays.fill(base, 'a');
    String expected = new String(base);
    base[0] = 'b';
    String differsFirst = new String(base);
    base[0] = 'a';
    base[base.length - 1] = 'b';
    String differsLast = new String(base);
    long first = Long.MAX_VALUE;
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 25; i++) {
      first = Math.min(first, nanos(() -> TokenSecrets.constantTimeEquals(expected, differsFirst)));
      last = Math.min(last, nanos(() -> TokenSecrets.constantTimeEquals(expected, differsLast)));
    }
    assertThat((double) last / first)
        .as("last %d ns, first %d ns", last, first)
        .isBetween(0.33, 3.0);
    assertThat(TokenSecrets.constantTimeEquals(expected, differsLast)).isFalse();
    assertThat(TokenSecrets.constantTimeEquals(expected, new String(expected))).isTrue();
    assertThat(TokenSecrets.constantTimeEquals(expected, expected.substring(1))).isFalse();
  }

  /** The fastest of interleaved runs: the least disturbed by other work on a shared machine. */
  private static long nanos(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return System.nanoTime() - start;
  }
}
