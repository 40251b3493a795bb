package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DelayStatsTest {

  @Test
  void percentilesOfOneToHundredAreTheNearestRanks() {
    long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    DelayStats stats = DelayStats.of(values);

    assertThat(stats).isEqualTo(new DelayStats(100, 50, 95, 99, 100));
  }

  @Test
  void percentilesRoundUpToTheNextRankOnSmallSamples() {
    DelayStats stats = DelayStats.of(new long[] {40, 10, 30, 20});

    assertThat(stats.p50()).isEqualTo(20);
    assertThat(stats.p95()).isEqualTo(40);
    assertThat(stats.p99()).isEqualTo(40);
    assertThat(stats.max()).isEqualTo(40);
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    assertThat(DelayStats.of(new long[] {7})).isEqualTo(new DelayStats(1, 7, 7, 7, 7));
  }

  @Test
  void negativeDelaysOfEarlyStartsAreKept() {
    DelayStats stats = DelayStats.of(new long[] {-5, -1, 3});

    assertThat(stats.p50()).isEqualTo(-1);
    assertThat(stats.max()).isEqualTo(3);
  }

  @Test
  void noValuesGiveTheEmptyStatsWithCountZero() {
    assertThat(DelayStats.of(new long[0])).isEqualTo(DelayStats.EMPTY);
    assertThat(DelayStats.EMPTY.count()).isZero();
  }

  @Test
  void theInputArrayIsNotReordered() {
    long[] values = {3, 1, 2};

    DelayStats.of(values);

    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void aPercentileOutsideOneToHundredIsRefused() {
    assertThatThrownBy(() -> DelayStats.nearestRank(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..100");
  }
}
