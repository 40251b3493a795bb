package io.taskdeck.engine;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records misfires: each occurrence of a main trigger that passed without running gets its own
 * MISSED row in the execution log, naming the policy that applied. Quartz calls this before it
 * applies the policy ({@code skip}: wait for the next regular time; {@code fire_once}: one catch-up
 * run now; {@code fire_now} on a one-shot: run now). Recurring {@code fire_now} tasks ignore
 * misfires: every missed occurrence runs late, so none is recorded as missed. A one-shot task whose
 * time was skipped is COMPLETED with last outcome MISSED.
 */
final class MisfireRecorder extends TriggerListenerSupport {
  private static final Logger log = LoggerFactory.getLogger(MisfireRecorder.class);
  /** At most this many MISSED rows per misfire (a per-second cron after a day down would give 86,400). */
  static final int MAX_ROWS = 500;

  private final TaskRepository tasks;
  private final ExecutionRepository executions;
  private final EngineParts parts;
  private final Clock clock;
  private final String nodeId;

  MisfireRecorder(TaskRepository tasks, ExecutionRepository executions, EngineParts parts, Clock clock, String nodeId) {
    this.tasks = tasks;
    this.executions = executions;
    this.parts = parts;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  void register(Scheduler scheduler) {
    try {
      scheduler.getListenerManager().addTriggerListener(this, GroupMatcher.triggerGroupEquals(TaskKeys.GROUP));
    } catch (SchedulerException e) {
      log.warn("Misfires will not be recorded: {}", e.getMessage());
    }
  }

  @Override
  public String getName() {
    return "taskdeck-misfires";
  }

  @Override
  public void triggerMisfired(Trigger trigger) {
    parts.metrics().misfired();
    Optional<Long> revision = TaskKeys.revision(trigger.getKey());
    if (revision.isEmpty()) {
      return;
    }
    try {
      tasks.find(TaskKeys.taskId(trigger.getJobKey()))
          .filter(st -> st.revision() == revision.get())
          .ifPresent(st -> record(st, trigger));
    } catch (RuntimeException e) {
      log.warn("Could not record the misfire of {}", trigger.getKey(), e);
    }
  }

  private void record(StoredTask st, Trigger trigger) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    MisfirePolicy policy = st.task().spec().misfire();
    List<Instant> missed = missedOccurrences(trigger, now);
    String note = "missed while the engine was down, busy or paused; policy " + policy.wireName() + ": " + consequence(policy);
    for (int i = 0; i < missed.size(); i++) {
      String error = i == missed.size() - 1 && missed.size() == MAX_ROWS ? note + " (further missed occurrences not listed)" : note;
      executions.insert(
          new Execution(0, st.task().id(), 1, nodeId, missed.get(i), null, null, ExecutionStatus.MISSED, null, null, null, error),
          null);
    }
    boolean oneShot = st.task().spec().schedule() instanceof Schedule.Once;
    boolean ended = oneShot && policy == MisfirePolicy.SKIP;
    Date after = trigger.getFireTimeAfter(Date.from(now.minusMillis(1)));
    Instant next = ended ? null : policy == MisfirePolicy.SKIP && after != null ? after.toInstant() : now;
    tasks.markMissed(st.task().id(), ended, next, now);
    parts.events().publish(new TaskEvent.TasksChanged(1));
    log.info("Task {} missed {} occurrence(s); policy {}", st.task().id(), missed.size(), policy.wireName());
  }

  private static List<Instant> missedOccurrences(Trigger trigger, Instant now) {
    List<Instant> out = new ArrayList<>();
    Date t = trigger.getNextFireTime();
    while (t != null && !t.toInstant().isAfter(now) && out.size() < MAX_ROWS) {
      out.add(t.toInstant());
      t = trigger.getFireTimeAfter(t);
    }
    return out;
  }

  private static String consequence(MisfirePolicy policy) {
    return switch (policy) {
      case SKIP -> "not run; the task waits for its next regular time";
      case FIRE_ONCE -> "one catch-up run now stands for all missed occurrences";
      case FIRE_NOW -> "runs now, late";
    };
  }
}
