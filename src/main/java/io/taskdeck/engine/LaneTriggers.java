package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lane's clock: one-shot Quartz triggers named by partition and time slot ({@code p<part>.<slot
 * start millis>} in group {@code dispatch}), so that every node asking for the same slot asks for
 * the same trigger and Quartz keeps one. Quartz fires each trigger exactly once, cluster-wide,
 * {@link #LEAD} before its slot starts; the node that fires it claims the partition's due attempts
 * and asks for the trigger of the partition's next due attempt (a chain per partition).
 *
 * <p>Slots are coarse far ahead and fine close by (100 ms within 2 s, 1 s within 20 s, 10 s within
 * 200 s, else 100 s): a firing far ahead just chains to a finer slot, so a partition has a handful
 * of triggers, never one per task. Fire times are on the database clock ({@code clock}).
 */
final class LaneTriggers {
  /**
   * How long before its slot a trigger fires, so the claim is done when the first attempt is due.
   */
  static final Duration LEAD = Duration.ofMillis(150);

  private static final long FRESH_MILLIS = 20;

  private final QuartzGateway quartz;
  private final Clock clock;

  /** Per partition, the earliest fire time of a waiting trigger this node made or saw. */
  private final Map<Integer, Long> knownFire = new ConcurrentHashMap<>();

  LaneTriggers(QuartzGateway quartz, Clock clock) {
    this.quartz = quartz;
    this.clock = clock;
  }

  /** Makes sure partition {@code part} is fired in time for an attempt due at {@code due}. */
  void ensure(int part, Instant due) {
    long now = clock.millis();
    long slot = slotStart(due.toEpochMilli(), now);
    long fireAt = Math.max(now, slot - LEAD.toMillis());
    Long known = knownFire.get(part);
    if (known != null && known <= fireAt && known > now + FRESH_MILLIS) {
      return; // a waiting trigger fires first; its firing claims this attempt or chains to it
    }
    Long waiting = quartz.earliestWaiting(part);
    if (waiting != null && waiting <= fireAt) {
      remember(part, waiting, now);
      return; // a trigger that has not fired yet fires first: its claim runs after this attempt was
      // stored
    }
    quartz.scheduleDispatch("p" + part + "." + slot, uniqueName(part), part, fireAt);
    remember(part, fireAt, now);
  }

  /** Forgets what this node knew of the partitions' triggers (they may have been deleted). */
  void forget() {
    knownFire.clear();
  }

  private void remember(int part, long fireAt, long now) {
    knownFire.merge(
        part, fireAt, (old, neu) -> old > now + FRESH_MILLIS ? Math.min(old, neu) : neu);
  }

  /** Fires partition {@code part} again at {@code at} (more was due than one claim takes). */
  void fireAgain(int part, Instant at) {
    String name = uniqueName(part);
    quartz.scheduleDispatch(name, name, part, at.toEpochMilli());
  }

  private static String uniqueName(int part) {
    return "p" + part + ".x" + Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /** The start of the slot holding {@code due}: coarse far ahead, fine close by. */
  static long slotStart(long due, long now) {
    long ahead = due - now;
    long size = ahead < 2_000 ? 100 : ahead < 20_000 ? 1_000 : ahead < 200_000 ? 10_000 : 100_000;
    return Math.floorDiv(due, size) * size;
  }

  /** The partition a lone attempt goes to: consecutive 100 ms slots rotate over the partitions. */
  static int partitionOf(Instant due, int partitions) {
    return (int) Math.floorMod(Math.floorDiv(due.toEpochMilli(), 100), (long) partitions);
  }
}
