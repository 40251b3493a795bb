package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskIdsTest {
  private static final Instant T = Instant.parse("2026-11-27T10:00:00.123Z");

  @Test
  void idsAreVersion7WithTheCreationMillisecondInFront() {
    UUID id = new TaskIds(Clock.fixed(T, ZoneOffset.UTC)).next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
  }

  @Test
  void idsIncreaseStrictlyWithinOneMillisecondAndPastTheCounter() {
    TaskIds ids = new TaskIds(Clock.fixed(T, ZoneOffset.UTC));
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.next());
    }

    for (int i = 1; i < made.size(); i++) {
      assertThat(
              Long.compareUnsigned(
                  made.get(i).getMostSignificantBits(), made.get(i - 1).getMostSignificantBits()))
          .as("id %d after id %d", i, i - 1)
          .isPositive();
    }
    assertThat(new HashSet<>(made)).hasSize(made.size());
    // 10,000 ids need more than one millisecond's 4,096 counter values: the time part moves on.
    assertThat(made.get(made.size() - 1).getMostSignificantBits() >>> 16)
        .isGreaterThan(T.toEpochMilli());
  }

  @Test
  void idsKeepIncreasingWhenTheClockStepsBack() {
    MutableClock clock = new MutableClock(T);
    TaskIds ids = new TaskIds(clock);
    UUID before = ids.next();
    clock.now = T.minusSeconds(5);

    UUID after = ids.next();

    assertThat(
            Long.compareUnsigned(after.getMostSignificantBits(), before.getMostSignificantBits()))
        .isPositive();
  }

  @Test
  void idsOfLaterMillisecondsSortAfterEarlierOnes() {
    MutableClock clock = new MutableClock(T);
    TaskIds ids = new TaskIds(clock);
    UUID first = ids.next();
    clock.now = T.plusMillis(1);

    UUID second = ids.next();

    assertThat(second.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli() + 1);
    assertThat(second.compareTo(first)).isPositive();
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
