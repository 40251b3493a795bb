package io.taskdeck.engine;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one firing of a task: checks it against the task row (the source of truth), records the
 * attempt in the execution log, runs the payload, and settles the task's status.
 *
 * <p>A firing is dropped, without running, when the row is gone or CANCELLED (the job is deleted),
 * when its main trigger's revision is not the row's (a stale trigger left by a crash between the
 * two writes of a reschedule: it is unscheduled), when the task is PAUSED or already finished, and
 * when it is a recovery of an occurrence whose attempt already finished.
 */
final class AttemptRunner {
  private static final Logger log = LoggerFactory.getLogger(AttemptRunner.class);
  private static final Set<TaskStatus> RUNNABLE =
      EnumSet.of(TaskStatus.SCHEDULED, TaskStatus.RETRYING, TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.RUNNING);

  private final TaskRepository tasks;
  private final ExecutionRepository executions;
  private final QuartzGateway quartz;
  private final EngineParts parts;
  private final AttemptSettler settler;
  private final Clock clock;
  private final String nodeId;

  AttemptRunner(
      TaskRepository tasks, ExecutionRepository executions, QuartzGateway quartz, EngineParts parts,
      AttemptSettler settler, Clock clock, String nodeId) {
    this.tasks = tasks;
    this.settler = settler;
    this.executions = executions;
    this.quartz = quartz;
    this.parts = parts;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  void run(Firing firing) {
    Optional<StoredTask> found = tasks.find(firing.taskId());
    if (!shouldRun(firing, found)) {
      return;
    }
    StoredTask st = found.get();
    Task task = st.task();
    Instant started = now();
    if (task.status() != TaskStatus.PAUSED && tasks.transition(task.id(), RUNNABLE, TaskStatus.RUNNING, started)) {
      parts.events().publish(new TaskEvent.StatusChanged(task.id(), TaskStatus.RUNNING));
    }
    Execution row =
        executions.insert(
            new Execution(0, task.id(), firing.attempt(), nodeId, firing.scheduledFor(), started, null, ExecutionStatus.RUNNING, null, null, null, null),
            firing.fireId());
    parts.running().add(row.logId());
    try {
      parts.metrics().started(firing.scheduledFor(), started);
      parts.events().publish(new TaskEvent.ExecutionStarted(task.id(), firing.attempt(), nodeId, started));
      Outcome outcome = parts.payloads().run(task.spec());
      Execution done = settler.settle(st, firing, row, outcome);
      parts.events().publish(new TaskEvent.ExecutionFinished(done));
      log.info("Task {} ({}) attempt finished: {}", task.id(), task.name(), outcome.status());
    } finally {
      parts.running().remove(row.logId());
    }
  }

  private boolean shouldRun(Firing f, Optional<StoredTask> found) {
    if (found.isEmpty() || found.get().task().status() == TaskStatus.CANCELLED) {
      log.info("Task {} is gone or cancelled; deleting its job", f.taskId());
      quartz.delete(f.taskId());
      return false;
    }
    StoredTask st = found.get();
    if (f.isMain() && f.revision().get() != st.revision()) {
      log.info("Dropping stale trigger {} of task {} (revision now {})", f.trigger(), f.taskId(), st.revision());
      quartz.unschedule(f.trigger());
      return false;
    }
    TaskStatus status = st.task().status();
    if (f.isMain() && (status == TaskStatus.PAUSED || status.terminal())) {
      log.info("Task {} is {}; its firing is skipped", f.taskId(), status);
      return false;
    }
    if (f.recovering() && executions.hasFinished(f.taskId(), f.scheduledFor())) {
      log.info("Task {} occurrence {} already finished; recovery skipped", f.taskId(), f.scheduledFor());
      return false;
    }
    return true;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
