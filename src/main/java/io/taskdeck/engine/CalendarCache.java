package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.Calendar;

/**
 * Quartz's calendars by name, read from Quartz's store at most every {@link #MAX_AGE} (a calendar
 * saved on another node applies here within that), and at once after a save on this node.
 */
final class CalendarCache {
  static final Duration MAX_AGE = Duration.ofSeconds(5);

  private record Entry(Optional<Calendar> calendar, long readAt) {}

  private final QuartzGateway quartz;
  private final Clock clock;
  private final Map<String, Entry> byName = new ConcurrentHashMap<>();

  CalendarCache(QuartzGateway quartz, Clock clock) {
    this.quartz = quartz;
    this.clock = clock;
  }

  /** The calendar named {@code name}, if it exists. */
  Optional<Calendar> find(String name) {
    long now = clock.millis();
    Entry e = byName.get(name);
    if (e == null || now - e.readAt() > MAX_AGE.toMillis()) {
      e = new Entry(quartz.calendar(name), now);
      byName.put(name, e);
    }
    return e.calendar();
  }

  /**
   * The calendar named {@code name}, or null when there is none (tasks naming it were validated).
   */
  Calendar get(String name) {
    return find(name).orElse(null);
  }

  void invalidate(String name) {
    byName.remove(name);
  }
}
