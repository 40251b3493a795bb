package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock shifted by an offset a test can change while the engine runs. */
final class ShiftedClock extends Clock {
  private volatile Duration offset;

  ShiftedClock(Duration offset) {
    this.offset = offset;
  }

  void shift(Duration d) {
    this.offset = d;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
