package io.taskdeck.engine;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

/**
 * One firing as the runner sees it.
 *
 * @param revision the schedule revision of a main trigger; empty for run-now and recovery firings
 * @param scheduledFor when it was due (for a recovered firing: the original due time)
 * @param nextFire the main trigger's next fire time after this one, when this is the main trigger
 * @param attempt 1 for a regular firing, n for the n-th attempt of an occurrence
 */
record Firing(
    UUID taskId,
    TriggerKey trigger,
    Optional<Long> revision,
    Instant scheduledFor,
    Optional<Instant> nextFire,
    boolean recovering,
    String fireId,
    int attempt) {

  static Firing of(JobExecutionContext ctx) {
    UUID id = TaskKeys.taskId(ctx.getJobDetail().getKey());
    Instant due = toInstant(ctx.getScheduledFireTime());
    if (ctx.isRecovering()) {
      Object original =
          ctx.getMergedJobDataMap()
              .get(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
      if (original != null) {
        due = Instant.ofEpochMilli(Long.parseLong(String.valueOf(original)));
      }
    }
    TriggerKey key = ctx.getTrigger().getKey();
    Optional<Long> revision = TaskKeys.revision(key);
    Optional<Instant> next =
        revision.isPresent() ? Optional.ofNullable(toInstant(ctx.getNextFireTime())) : Optional.empty();
    String attempt = ctx.getMergedJobDataMap().getString(TaskKeys.ATTEMPT);
    return new Firing(
        id, key, revision, due, next, ctx.isRecovering(), ctx.getFireInstanceId(),
        attempt == null ? 1 : Integer.parseInt(attempt));
  }

  boolean isMain() {
    return revision.isPresent();
  }

  private static Instant toInstant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
