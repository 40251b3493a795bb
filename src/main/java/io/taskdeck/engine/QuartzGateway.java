package io.taskdeck.engine;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.store.Jdbc;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.quartz.Calendar;
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
 * The one adapter between the engine and Quartz: every call of the {@link Scheduler} and every SQL
 * statement on Quartz's {@code QRTZ_*} tables is here. Quartz is the lane's clock (the dispatch
 * triggers, one per partition and time slot), the store of the exclusion calendars, and the
 * cluster's failover of those triggers; no task has a Quartz trigger of its own.
 */
final class QuartzGateway {
  static final String SCHED = QuartzSetup.SCHEDULER_NAME;
  static final String DISPATCH_GROUP = "dispatch";
  static final JobKey DISPATCH_JOB = JobKey.jobKey("dispatch", DISPATCH_GROUP);

  /** The group of the per-task jobs and triggers of releases before the one lane. */
  static final String LEGACY_GROUP = "tasks";

  static final String PART = "part";

  /** A Quartz call that may fail. */
  @FunctionalInterface
  interface QuartzCall<T> {
    T call() throws SchedulerException;
  }

  private final Scheduler scheduler;
  private final Jdbc jdbc;

  QuartzGateway(Scheduler scheduler, Jdbc jdbc) {
    this.scheduler = scheduler;
    this.jdbc = jdbc;
  }

  /** Starts firing (or resumes from standby). */
  void start() {
    call(
        () -> {
          scheduler.start();
          return null;
        });
  }

  /** Stops firing until {@link #start()}; what fires now finishes. */
  void standby() {
    call(
        () -> {
          scheduler.standby();
          return null;
        });
  }

  void shutdown(boolean waitForJobs) {
    call(
        () -> {
          scheduler.shutdown(waitForJobs);
          return null;
        });
  }

  /** Stores the dispatch job (idempotent; every node does it at start). */
  void installDispatchJob() {
    call(
        () -> {
          scheduler.addJob(
              JobBuilder.newJob(DispatchJob.class)
                  .withIdentity(DISPATCH_JOB)
                  .storeDurably()
                  .requestRecovery(true)
                  .build(),
              true);
          return null;
        });
  }

  /**
   * Schedules a firing of partition {@code part} at {@code fireAt} under {@code name}; when a
   * trigger of that name exists already (it fired, or another node made it a moment ago), under a
   * unique name instead: one more firing is always safe.
   */
  void scheduleDispatch(String name, String uniqueName, int part, long fireAt) {
    call(
        () -> {
          try {
            scheduler.scheduleJob(dispatchTrigger(name, part, fireAt));
          } catch (ObjectAlreadyExistsException e) {
            scheduler.scheduleJob(dispatchTrigger(uniqueName, part, fireAt));
          }
          return null;
        });
  }

  private static Trigger dispatchTrigger(String name, int part, long fireAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(TriggerKey.triggerKey(name, DISPATCH_GROUP))
        .forJob(DISPATCH_JOB)
        .usingJobData(PART, Integer.toString(part))
        .withPriority(10)
        .startAt(new Date(fireAt))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /**
   * The earliest fire time of the partition's dispatch triggers that wait to fire (WAITING or
   * ACQUIRED).
   */
  Long earliestWaiting(int part) {
    return jdbc.query(
            "SELECT MIN(NEXT_FIRE_TIME) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"
                + " AND TRIGGER_NAME LIKE ? AND TRIGGER_STATE IN ('WAITING', 'ACQUIRED')",
            rs -> {
              long v = rs.getLong(1);
              return rs.wasNull() ? null : v;
            },
            SCHED,
            DISPATCH_GROUP,
            "p" + part + ".%")
        .get(0);
  }

  /** The partitions that have a dispatch trigger waiting to fire. */
  Set<Integer> armedPartitions() {
    Set<Integer> armed = new HashSet<>();
    jdbc.query(
            "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"
                + " AND TRIGGER_STATE IN ('WAITING', 'ACQUIRED', 'EXECUTING', 'BLOCKED')",
            rs -> rs.getString(1),
            SCHED,
            DISPATCH_GROUP)
        .forEach(name -> armed.add(Integer.parseInt(name.substring(1, name.indexOf('.')))));
    return armed;
  }

  /**
   * Deletes dispatch triggers that can no longer fire: in ERROR, or stuck in ACQUIRED or BLOCKED
   * with no fired record (their node died between acquiring and firing them and nothing recovered
   * them). The sweeper arms their partitions again. Returns how many.
   */
  int deleteStuckDispatchTriggers() {
    String stuck =
        " FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ? AND (TRIGGER_STATE = 'ERROR'"
            + " OR TRIGGER_STATE IN ('ACQUIRED', 'BLOCKED') AND NOT EXISTS (SELECT 1 FROM QRTZ_FIRED_TRIGGERS f"
            + " WHERE f.SCHED_NAME = QRTZ_TRIGGERS.SCHED_NAME AND f.TRIGGER_NAME = QRTZ_TRIGGERS.TRIGGER_NAME"
            + " AND f.TRIGGER_GROUP = QRTZ_TRIGGERS.TRIGGER_GROUP))";
    return jdbc.inTransaction(
        c -> {
          Jdbc.update(
              c,
              "DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ? AND TRIGGER_NAME IN"
                  + " (SELECT TRIGGER_NAME"
                  + stuck
                  + ")",
              SCHED,
              DISPATCH_GROUP,
              SCHED,
              DISPATCH_GROUP);
          return Jdbc.update(c, "DELETE" + stuck, SCHED, DISPATCH_GROUP);
        });
  }

  /**
   * Deletes what releases before the one lane left in Quartz for each task: its job, its triggers
   * and their fired records (the migration moved their next runs into the queue). Returns how many
   * jobs.
   */
  int deleteLegacyTaskJobs() {
    return jdbc.inTransaction(
        c -> {
          for (String table :
              new String[] {
                "QRTZ_SIMPLE_TRIGGERS",
                "QRTZ_CRON_TRIGGERS",
                "QRTZ_SIMPROP_TRIGGERS",
                "QRTZ_BLOB_TRIGGERS"
              }) {
            Jdbc.update(
                c,
                "DELETE FROM " + table + " WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?",
                SCHED,
                LEGACY_GROUP);
          }
          Jdbc.update(
              c,
              "DELETE FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = ? AND JOB_GROUP = ?",
              SCHED,
              LEGACY_GROUP);
          Jdbc.update(
              c,
              "DELETE FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND JOB_GROUP = ?",
              SCHED,
              LEGACY_GROUP);
          Jdbc.update(
              c,
              "DELETE FROM QRTZ_PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?",
              SCHED,
              LEGACY_GROUP);
          return Jdbc.update(
              c,
              "DELETE FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ? AND JOB_GROUP = ?",
              SCHED,
              LEGACY_GROUP);
        });
  }

  Optional<Calendar> calendar(String name) {
    return call(() -> Optional.ofNullable(scheduler.getCalendar(name)));
  }

  /** Adds or replaces a calendar. */
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

  <T> T call(QuartzCall<T> c) {
    try {
      return c.call();
    } catch (SchedulerException e) {
      throw new StoreUnavailableException("scheduler store error: " + e.getMessage(), e);
    }
  }
}
