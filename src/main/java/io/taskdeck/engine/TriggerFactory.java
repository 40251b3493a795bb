package io.taskdeck.engine;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.quartz.Calendar;
import org.quartz.CronScheduleBuilder;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Turns a task's schedule into a Quartz trigger: priority, zone, calendar and misfire policy
 * included. A once-schedule that is absent or in the past fires now.
 */
final class TriggerFactory {
  private static final int MAX_PREVIEW_STEPS = 100_000;

  Trigger main(UUID id, long revision, TaskSpec spec, Instant now) {
    return build(TaskKeys.main(id, revision), spec.schedule(), spec.misfire(), now)
        .forJob(TaskKeys.job(id))
        .withPriority(spec.priority())
        .modifiedByCalendar(spec.calendar())
        .build();
  }

  /** A one-off firing at {@code at}, beside the task's schedule (run now, requeue). */
  Trigger runAt(UUID id, int priority, Instant at) {
    return oneOff(TaskKeys.runNow(id), id, priority, at).build();
  }

  /** The firing of attempt {@code attempt} of the current occurrence, after its backoff. */
  Trigger retry(UUID id, int attempt, int priority, Instant at) {
    return oneOff(TaskKeys.retry(id, attempt), id, priority, at)
        .usingJobData(TaskKeys.ATTEMPT, Integer.toString(attempt))
        .build();
  }

  private static TriggerBuilder<SimpleTrigger> oneOff(TriggerKey key, UUID id, int priority, Instant at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key)
        .forJob(TaskKeys.job(id))
        .withPriority(priority)
        .startAt(Date.from(at))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow());
  }

  /** The next {@code count} fire times after {@code from} (inclusive), skipping what {@code cal} excludes. */
  List<Instant> preview(Schedule schedule, Calendar cal, Instant from, int count) {
    Trigger t =
        build(TriggerKey.triggerKey("preview"), schedule, MisfirePolicy.FIRE_NOW, from).build();
    List<Instant> out = new ArrayList<>();
    Date next = t.getFireTimeAfter(new Date(from.toEpochMilli() - 1));
    int steps = 0;
    while (next != null && out.size() < count && steps++ < MAX_PREVIEW_STEPS) {
      if (cal == null || cal.isTimeIncluded(next.getTime())) {
        out.add(next.toInstant());
        next = t.getFireTimeAfter(next);
      } else {
        next = skipExcluded(t, cal, next);
      }
    }
    return out;
  }

  /** The first fire time after the excluded stretch that contains {@code excluded}. */
  private static Date skipExcluded(Trigger t, Calendar cal, Date excluded) {
    long included = cal.getNextIncludedTime(excluded.getTime());
    Date jumped = included > excluded.getTime() ? t.getFireTimeAfter(new Date(included - 1)) : null;
    return jumped != null && jumped.after(excluded) ? jumped : t.getFireTimeAfter(excluded);
  }

  private static TriggerBuilder<? extends Trigger> build(
      TriggerKey key, Schedule schedule, MisfirePolicy misfire, Instant now) {
    TriggerBuilder<Trigger> b = TriggerBuilder.newTrigger().withIdentity(key);
    if (schedule instanceof Schedule.Cron c) {
      return b.startAt(Date.from(now)).withSchedule(cron(c, misfire));
    }
    if (schedule instanceof Schedule.Interval i) {
      Instant start = i.startAt() == null ? now : i.startAt();
      TriggerBuilder<? extends Trigger> tb = b.startAt(Date.from(start)).withSchedule(interval(i, misfire));
      return i.endAt() == null ? tb : tb.endAt(Date.from(i.endAt()));
    }
    Instant at = ((Schedule.Once) schedule).at();
    Instant start = at == null || at.isBefore(now) ? now : at;
    return b.startAt(Date.from(start)).withSchedule(once(misfire));
  }

  private static ScheduleBuilder<? extends Trigger> cron(Schedule.Cron c, MisfirePolicy misfire) {
    CronScheduleBuilder s =
        CronScheduleBuilder.cronSchedule(c.expression()).inTimeZone(TimeZone.getTimeZone(c.zone()));
    return switch (misfire) {
      case FIRE_NOW -> s.withMisfireHandlingInstructionIgnoreMisfires();
      case FIRE_ONCE -> s.withMisfireHandlingInstructionFireAndProceed();
      case SKIP -> s.withMisfireHandlingInstructionDoNothing();
    };
  }

  private static SimpleScheduleBuilder interval(Schedule.Interval i, MisfirePolicy misfire) {
    SimpleScheduleBuilder s =
        SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(i.every().toMillis())
            .withRepeatCount(i.repeat() == null ? SimpleTrigger.REPEAT_INDEFINITELY : i.repeat() - 1);
    return switch (misfire) {
      case FIRE_NOW -> s.withMisfireHandlingInstructionIgnoreMisfires();
      case FIRE_ONCE -> s.withMisfireHandlingInstructionNowWithRemainingCount();
      case SKIP -> s.withMisfireHandlingInstructionNextWithRemainingCount();
    };
  }

  private static SimpleScheduleBuilder once(MisfirePolicy misfire) {
    SimpleScheduleBuilder s = SimpleScheduleBuilder.simpleSchedule();
    return misfire == MisfirePolicy.SKIP
        ? s.withMisfireHandlingInstructionNextWithRemainingCount()
        : s.withMisfireHandlingInstructionFireNow();
  }
}
