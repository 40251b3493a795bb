package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
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
  static final Duration LEAD = Duration.ofMillis(100);
  private static final long FRESH_MILLIS = 20;

  private final QuartzGateway quartz;
  private final Clock clock;
  /** Per partition, the earliest fire time of a waiting trigger this node made or saw. */
  private final Map<Integer, Long> knownFire = new ConcurrentHashMap<>();

  DispatchTriggers(QuartzGateway quartz, Clock clock) {
    this.quartz = quartz;
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
    TriggerKey key = TriggerKey.triggerKey("p" + part + "." + slot, GROUP);
    quartz.call(
        () -> {
          Scheduler s = quartz.scheduler();
          Trigger.TriggerState state = s.getTriggerState(key);
          if (state == Trigger.TriggerState.NONE) {
            scheduleIfAbsent(trigger(key, part, fireAt));
          } else if (state != Trigger.TriggerState.NORMAL && state != Trigger.TriggerState.PAUSED) {
            // it is firing now: its claim may already have run, so this task needs a firing of its own
            s.scheduleJob(trigger(uniqueKey(part), part, fireAt));
          }
          return null;
        });
    knownFire.merge(part, fireAt, (old, neu) -> old > now + FRESH_MILLIS ? Math.min(old, neu) : neu);
  }

  /** Fires partition {@code part} again at {@code at} (more was due than one claim takes). */
  void fireAgain(int part, Instant at) {
    quartz.call(() -> quartz.scheduler().scheduleJob(trigger(uniqueKey(part), part, at.toEpochMilli())));
  }

  private void scheduleIfAbsent(Trigger t) throws SchedulerException {
    try {
      quartz.scheduler().scheduleJob(t);
    } catch (ObjectAlreadyExistsException e) {
      // another node asked for the same slot at the same moment: one trigger, as intended
    }
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
