package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import io.taskdeck.store.Jdbc;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The Quartz side of the dispatch path: one durable job, and one-shot triggers named by partition
 * and time slot ({@code dispatch.p<part>.<slot start millis>}), so that every node asking for the
 * same slot asks for the same trigger and Quartz keeps one. Quartz fires each trigger exactly once,
 * cluster-wide, {@link #LEAD} before its slot starts; the node that fires it claims the partition's
 * due tasks and asks for the trigger of the partition's next due task (a chain per partition).
 *
 * <p>Slots are coarse far ahead and fine close by (100 ms within 2 s, 1 s within 20 s, 10 s within
 * 200 s, else 100 s): a firing far ahead just chains to a finer slot, so a partition has a handful of
 * triggers, never one per task.
 */
final class DispatchTriggers {
  static final String GROUP = "dispatch";
  static final JobKey JOB = JobKey.jobKey("dispatch", GROUP);
  static final String PART = "part";
  /** How long before its slot a trigger fires, so the claim is done when the first task is due. */
  static final Duration LEAD = Duration.ofMillis(150);
  private static final long FRESH_MILLIS = 20;

  private final QuartzGateway quartz;
  private final Jdbc jdbc;
  private final Clock clock;
  /** Per partition, the earliest fire time of a waiting trigger this node made or saw. */
  private final Map<Integer, Long> knownFire = new ConcurrentHashMap<>();

  DispatchTriggers(QuartzGateway quartz, Jdbc jdbc, Clock clock) {
    this.quartz = quartz;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the dispatch job (idempotent; every node does it at start). */
  void installJob() {
    quartz.call(
        () -> {
          quartz.scheduler().addJob(
              JobBuilder.newJob(DispatchJob.class).withIdentity(JOB).storeDurably().requestRecovery(true).build(),
              true);
          return null;
        });
  }

  /** Makes sure partition {@code part} is fired in time for a task due at {@code due}. */
  void ensure(int part, Instant due) {
    long now = clock.millis();
    long slot = slotStart(due.toEpochMilli(), now);
    long fireAt = Math.max(now, slot - LEAD.toMillis());
    Long known = knownFire.get(part);
    if (known != null && known <= fireAt && known > now + FRESH_MILLIS) {
      return; // a waiting trigger fires first; its firing claims this task or chains to it
    }
    Long waiting = earliestWaiting(part);
    if (waiting != null && waiting <= fireAt) {
      remember(part, waiting, now);
      return; // a trigger that has not fired yet fires first: its claim runs after this task was stored
    }
    TriggerKey key = TriggerKey.triggerKey("p" + part + "." + slot, GROUP);
    quartz.call(
        () -> {
          try {
            quartz.scheduler().scheduleJob(trigger(key, part, fireAt));
          } catch (ObjectAlreadyExistsException e) {
            // the slot's trigger has fired (its claim may have missed this task) or another node
            // made it a moment ago: either way, one more firing is safe
            quartz.scheduler().scheduleJob(trigger(uniqueKey(part), part, fireAt));
          }
          return null;
        });
    remember(part, fireAt, now);
  }

  private void remember(int part, long fireAt, long now) {
    knownFire.merge(part, fireAt, (old, neu) -> old > now + FRESH_MILLIS ? Math.min(old, neu) : neu);
  }

  /** The earliest fire time of the partition's triggers that have not fired yet (WAITING or ACQUIRED). */
  private Long earliestWaiting(int part) {
    return jdbc.query(
            "SELECT MIN(NEXT_FIRE_TIME) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"
                + " AND TRIGGER_NAME LIKE ? AND TRIGGER_STATE IN ('WAITING', 'ACQUIRED')",
            rs -> {
              long v = rs.getLong(1);
              return rs.wasNull() ? null : v;
            },
            QuartzSetup.SCHEDULER_NAME,
            GROUP,
            "p" + part + ".%")
        .get(0);
  }

  /** Fires partition {@code part} again at {@code at} (more was due than one claim takes). */
  void fireAgain(int part, Instant at) {
    quartz.call(() -> quartz.scheduler().scheduleJob(trigger(uniqueKey(part), part, at.toEpochMilli())));
  }

  private static TriggerKey uniqueKey(int part) {
    return TriggerKey.triggerKey(
        "p" + part + ".x" + Long.toHexString(ThreadLocalRandom.current().nextLong()), GROUP);
  }

  private static Trigger trigger(TriggerKey key, int part, long fireAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key)
        .forJob(JOB)
        .usingJobData(PART, Integer.toString(part))
        .withPriority(10)
        .startAt(new Date(fireAt))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /** The start of the slot holding {@code due}: coarse far ahead, fine close by. */
  static long slotStart(long due, long now) {
    long ahead = due - now;
    long size = ahead < 2_000 ? 100 : ahead < 20_000 ? 1_000 : ahead < 200_000 ? 10_000 : 100_000;
    return Math.floorDiv(due, size) * size;
  }

  /** The partition a lone task goes to: consecutive 100 ms slots rotate over the partitions. */
  static int partitionOf(Instant due, int partitions) {
    return (int) Math.floorMod(Math.floorDiv(due.toEpochMilli(), 100), (long) partitions);
  }
}
