package io.taskdeck.engine.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's clock, as this node knows it: its own clock plus the offset the last heartbeat
 * measured (the database clock minus the node's, halfway through the round trip). Due times, claims
 * and failure detection all read this clock, so nodes whose clocks disagree by less than the skew
 * limit still agree on what is due.
 */
public final class DatabaseTime extends Clock {
  private final Clock local;
  private final AtomicLong offsetMillis;

  public DatabaseTime(Clock local) {
    this(local, new AtomicLong());
  }

  private DatabaseTime(Clock local, AtomicLong offsetMillis) {
    this.local = local;
    this.offsetMillis = offsetMillis;
  }

  /** Sets the measured offset (database minus node). */
  void offset(Duration skew) {
    offsetMillis.set(skew.toMillis());
  }

  /** The last measured offset (database minus node). */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  @Override
  public Instant instant() {
    return local.instant().plusMillis(offsetMillis.get());
  }

  @Override
  public long millis() {
    return local.millis() + offsetMillis.get();
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
