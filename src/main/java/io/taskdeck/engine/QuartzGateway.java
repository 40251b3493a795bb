package io.taskdeck.engine;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.StoredTask;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quartz.Calendar;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/** The Quartz side of a task: its job and triggers. Every Quartz call of the service goes here. */
final class QuartzGateway {
  /** Tasks per Quartz transaction when many are armed at once. */
  static final int BULK_CHUNK = 500;

  /** A Quartz call that may fail. */
  @FunctionalInterface
  interface QuartzCall<T> {
    T call() throws SchedulerException;
  }

  private final Scheduler scheduler;
  private final TriggerFactory triggers;

  QuartzGateway(Scheduler scheduler, TriggerFactory triggers) {
    this.scheduler = scheduler;
    this.triggers = triggers;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  /**
   * Makes the task's main trigger match its row: drops other main triggers of the job, schedules the
   * one for the row's revision (paused when the task is), and returns its first fire time.
   */
  Optional<Instant> arm(StoredTask st, Instant now) {
    UUID id = st.task().id();
    Trigger trigger = triggers.main(id, st.revision(), st.task().spec(), now);
    return call(
        () -> {
          dropStaleMainTriggers(id, st.revision());
          if (scheduler.checkExists(trigger.getKey())) {
            return next(scheduler.getTrigger(trigger.getKey()));
          }
          Date first = schedule(id, trigger);
          if (st.task().status() == TaskStatus.PAUSED) {
            scheduler.pauseTrigger(trigger.getKey());
          }
          return Optional.ofNullable(first).map(Date::toInstant);
        });
  }

  /**
   * Schedules the jobs and main triggers of tasks that have none yet, in one Quartz transaction per
   * chunk (one lock instead of several per task). Returns each task's first fire time.
   */
  Map<UUID, Instant> armNew(List<StoredTask> fresh, Instant now) {
    Map<UUID, Instant> firstRuns = new LinkedHashMap<>();
    for (int from = 0; from < fresh.size(); from += BULK_CHUNK) {
      List<StoredTask> chunk = fresh.subList(from, Math.min(fresh.size(), from + BULK_CHUNK));
      Map<UUID, Trigger> byTask = new LinkedHashMap<>();
      Map<JobDetail, Set<? extends Trigger>> batch = new LinkedHashMap<>();
      for (StoredTask st : chunk) {
        UUID id = st.task().id();
        Trigger trigger = triggers.main(id, st.revision(), st.task().spec(), now);
        byTask.put(id, trigger);
        batch.put(newJob(id), Set.of(trigger));
      }
      call(
          () -> {
            scheduler.scheduleJobs(batch, false);
            return null;
          });
      // Quartz computed each trigger's first fire time on the instances it stored.
      byTask.forEach((id, t) -> firstRuns.put(id, next(t).orElse(null)));
    }
    return firstRuns;
  }

  private static JobDetail newJob(UUID id) {
    return JobBuilder.newJob(TaskJob.class).withIdentity(TaskKeys.job(id)).requestRecovery(true).build();
  }

  private Date schedule(UUID id, Trigger trigger) throws SchedulerException {
    JobKey key = TaskKeys.job(id);
    if (scheduler.checkExists(key)) {
      return scheduler.scheduleJob(trigger);
    }
    return scheduler.scheduleJob(newJob(id), trigger);
  }

  private void dropStaleMainTriggers(UUID id, long revision) throws SchedulerException {
    for (Trigger t : scheduler.getTriggersOfJob(TaskKeys.job(id))) {
      Optional<Long> rev = TaskKeys.revision(t.getKey());
      if (rev.isPresent() && rev.get() != revision) {
        scheduler.unscheduleJob(t.getKey());
      }
    }
  }

  /** Drops the task's pending retry attempts (the task was changed while it waited to retry). */
  void dropRetries(UUID id) {
    call(
        () -> {
          for (Trigger t : scheduler.getTriggersOfJob(TaskKeys.job(id))) {
            if (TaskKeys.isRetry(t.getKey())) {
              scheduler.unscheduleJob(t.getKey());
            }
          }
          return null;
        });
  }

  /** Fires the task once at {@code at} (a separate trigger), creating its job if it has none. */
  void runAt(UUID id, int priority, Instant at) {
    call(() -> schedule(id, triggers.runAt(id, priority, at)));
  }

  /** Schedules attempt {@code attempt} of the current occurrence at {@code at}. */
  void scheduleRetry(UUID id, int attempt, int priority, Instant at) {
    call(() -> schedule(id, triggers.retry(id, attempt, priority, at)));
  }

  /**
   * Deletes the task's job and triggers. Quartz's deleteJob fails when a trigger vanishes while it
   * runs (a one-shot trigger completing at that moment), so it is retried a few times.
   */
  void delete(UUID id) {
    JobKey key = TaskKeys.job(id);
    call(
        () -> {
          for (int attempt = 1; ; attempt++) {
            try {
              return scheduler.deleteJob(key);
            } catch (SchedulerException e) {
              if (!scheduler.checkExists(key)) {
                return false;
              }
              if (attempt >= 5) {
                throw e;
              }
            }
          }
        });
  }

  void unschedule(TriggerKey key) {
    call(() -> scheduler.unscheduleJob(key));
  }

  void pause(UUID id) {
    call(
        () -> {
          scheduler.pauseJob(TaskKeys.job(id));
          return null;
        });
  }

  /**
   * Resumes the job's triggers (main, retry, run-now), or re-arms the main trigger when the job has
   * none left; returns the next fire time.
   */
  Optional<Instant> resume(StoredTask st, Instant now) {
    UUID id = st.task().id();
    return call(
        () -> {
          List<? extends Trigger> left = scheduler.getTriggersOfJob(TaskKeys.job(id));
          if (left.isEmpty()) {
            return arm(st, now);
          }
          scheduler.resumeJob(TaskKeys.job(id));
          return left.stream()
              .map(t -> call(() -> scheduler.getTrigger(t.getKey())))
              .map(QuartzGateway::next)
              .flatMap(Optional::stream)
              .min(Instant::compareTo);
        });
  }

  /** The next fire time of the task's main trigger, if it has one. */
  Optional<Instant> nextFire(UUID id, long revision) {
    return call(() -> next(scheduler.getTrigger(TaskKeys.main(id, revision))));
  }

  Optional<Calendar> calendar(String name) {
    return call(() -> Optional.ofNullable(scheduler.getCalendar(name)));
  }

  /** Adds or replaces a calendar; the triggers that use it are recomputed. */
  void putCalendar(String name, Calendar calendar) {
    call(
        () -> {
          scheduler.addCalendar(name, calendar, true, true);
          return null;
        });
  }

  boolean deleteCalendar(String name) {
    return call(() -> scheduler.deleteCalendar(name));
  }

  private static Optional<Instant> next(Trigger t) {
    return t == null ? Optional.empty() : Optional.ofNullable(t.getNextFireTime()).map(Date::toInstant);
  }

  <T> T call(QuartzCall<T> c) {
    try {
      return c.call();
    } catch (SchedulerException e) {
      throw new StoreUnavailableException("scheduler store error: " + e.getMessage(), e);
    }
  }
}
