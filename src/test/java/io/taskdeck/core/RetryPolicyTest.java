package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultPolicyWaitsFiveThenTenThenTwentySeconds() {
    RetryPolicy p = RetryPolicy.DEFAULT;
    assertThat(p.baseDelayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.baseDelayAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.baseDelayAfter(3)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void delayIsCappedAtMaxDelay() {
    RetryPolicy p = new RetryPolicy(50, Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 0);
    assertThat(p.baseDelayAfter(10)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void attemptsRemainUntilMaxAttemptsIsReached() {
    assertThat(RetryPolicy.DEFAULT.attemptsRemainAfter(2)).isTrue();
    assertThat(RetryPolicy.DEFAULT.attemptsRemainAfter(3)).isFalse();
    assertThat(RetryPolicy.NONE.attemptsRemainAfter(1)).isFalse();
  }

  @Test
  void attemptBelowOneIsRejected() {
    assertThatThrownBy(() -> RetryPolicy.DEFAULT.baseDelayAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void jitteredDelayStaysWithinItsBounds(
      @ForAll @IntRange(min = 1, max = 12) int attempt,
      @ForAll @DoubleRange(min = 0, max = 1) double jitter,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
    RetryPolicy p = new RetryPolicy(20, Duration.ofMillis(200), 2.0, Duration.ofMinutes(5), jitter);
    long base = p.baseDelayAfter(attempt).toMillis();
    long actual = p.delayAfter(attempt, random).toMillis();
    assertThat(actual)
        .isBetween(
            (long) Math.floor(base * (1 - jitter)) - 1, (long) Math.ceil(base * (1 + jitter)) + 1);
  }
}
