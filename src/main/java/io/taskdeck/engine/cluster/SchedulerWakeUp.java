package io.taskdeck.engine.cluster;

import java.lang.reflect.Field;
import org.quartz.Scheduler;
import org.quartz.core.QuartzScheduler;
import org.quartz.spi.SchedulerSignaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes this node's Quartz scheduler thread re-acquire triggers at once, as it does itself when a
 * trigger is scheduled locally: through {@link SchedulerSignaler#signalSchedulingChange(long)}.
 * Quartz's public {@link Scheduler} does not expose the signaler, so it is read from the {@code
 * sched} field of {@code StdScheduler}; when that fails (another Quartz version), wake-ups are
 * skipped with one warning and the idle wait bounds the delay instead.
 */
final class SchedulerWakeUp {
  private static final Logger log = LoggerFactory.getLogger(SchedulerWakeUp.class);
  private final SchedulerSignaler signaler;

  private SchedulerWakeUp(SchedulerSignaler signaler) {
    this.signaler = signaler;
  }

  static SchedulerWakeUp of(Scheduler scheduler) {
    try {
      Field f = scheduler.getClass().getDeclaredField("sched");
      f.setAccessible(true);
      return new SchedulerWakeUp(((QuartzScheduler) f.get(scheduler)).getSchedulerSignaler());
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn(
          "Cannot reach Quartz's scheduler thread ({}); wake-ups fall back to the idle wait",
          e.toString());
      return new SchedulerWakeUp(null);
    }
  }

  boolean available() {
    return signaler != null;
  }

  /** Tells the scheduler thread that a trigger may now be due at {@code dueMillis} (0: unknown). */
  void wake(long dueMillis) {
    if (signaler != null) {
      signaler.signalSchedulingChange(dueMillis);
    }
  }
}
