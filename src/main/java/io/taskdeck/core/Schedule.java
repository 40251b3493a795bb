package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** When a task runs: once, every fixed interval, or on a Quartz cron expression in a zone. */
public sealed interface Schedule permits Schedule.Once, Schedule.Interval, Schedule.Cron {

  /** The wire name of the kind: once, interval or cron. */
  String kind();

  default boolean recurring() {
    return !(this instanceof Once);
  }

  /** Runs once at {@code at}; a null or past instant means now. */
  record Once(Instant at) implements Schedule {
    public static Once now() {
      return new Once(null);
    }

    @Override
    public String kind() {
      return "once";
    }
  }

  /**
   * Runs every {@code every}, from {@code startAt} (null: now) until {@code endAt} (null: forever),
   * at most {@code repeat} times in all when set.
   */
  record Interval(Duration every, Instant startAt, Instant endAt, Integer repeat)
      implements Schedule {
    public static Interval every(Duration every) {
      return new Interval(every, null, null, null);
    }

    public Interval withStart(Instant start) {
      return new Interval(every, start, endAt, repeat);
    }

    @Override
    public String kind() {
      return "interval";
    }
  }

  /** Runs on a Quartz cron expression, evaluated in {@code zone}. */
  record Cron(String expression, ZoneId zone) implements Schedule {
    public Cron {
      zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    @Override
    public String kind() {
      return "cron";
    }
  }
}
