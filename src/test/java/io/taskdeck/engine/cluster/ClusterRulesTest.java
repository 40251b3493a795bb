package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ClusterNode.Health;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterRulesTest {
  private static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
  private static final Duration FIVE = Duration.ofSeconds(5);

  @Test
  void aCheckinWithinTwoIntervalsWithASmallSkewIsOk() {
    assertThat(ClusterView.health(NOW, NOW.minusSeconds(10), FIVE, Duration.ofMillis(-900)))
        .isEqualTo(Health.OK);
  }

  @Test
  void aCheckinOlderThanTwoIntervalsIsStaleWhateverTheSkew() {
    assertThat(ClusterView.health(NOW, NOW.minusMillis(10_001), FIVE, Duration.ofSeconds(9)))
        .isEqualTo(Health.STALE);
  }

  @Test
  void aSkewOfMoreThanOneSecondEitherWayIsFlagged() {
    assertThat(ClusterView.health(NOW, NOW, FIVE, Duration.ofMillis(1001)))
        .isEqualTo(Health.CLOCK_SKEWED);
    assertThat(ClusterView.health(NOW, NOW, FIVE, Duration.ofMillis(-1001)))
        .isEqualTo(Health.CLOCK_SKEWED);
  }

  @Test
  void wakeUpMessagesOfOtherSchemasAndMalformedOnesAreIgnored() {
    assertThat(WakeUpMessage.dueFor("td_a", WakeUpMessage.format("td_a", 42))).hasValue(42);
    assertThat(WakeUpMessage.dueFor("td_a", WakeUpMessage.format("td_b", 42))).isEmpty();
    assertThat(WakeUpMessage.dueFor("td_a", "td_a:soon")).isEmpty();
    assertThat(WakeUpMessage.dueFor("td_a", null)).isEmpty();
  }
}
