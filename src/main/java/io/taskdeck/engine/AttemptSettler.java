package io.taskdeck.engine;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles an attempt: writes its log row and moves the task on (DESIGN.md §5).
 *
 * <ul>
 *   <li>success: SCHEDULED if its schedule fires again, else COMPLETED;
 *   <li>failure (non-zero exit, unexpected status, timeout, exception) with attempts left: the row
 *       is RETRIED, the task RETRYING, and attempt n+1 is scheduled after the policy's backoff as the
 *       same occurrence (the regular schedule is not moved);
 *   <li>failure without attempts left: the row keeps its status, a dead letter is written, and the
 *       task is FAILED (one-shot) or stays SCHEDULED (recurring) with its last outcome;
 *   <li>interrupted by shutdown: a one-shot task is armed to run again; nothing is retried.
 * </ul>
 *
 * Row before trigger, as everywhere: a crash between them leaves a RETRYING task without a trigger,
 * which reconciliation re-arms.
 */
final class AttemptSettler {
  private static final Logger log = LoggerFactory.getLogger(AttemptSettler.class);

  private final TaskRepository tasks;
  private final ExecutionRepository executions;
  private final DeadLetterRepository deadLetters;
  private final DispatchRepository queue;
  private final QuartzGateway quartz;
  private final EngineParts parts;
  private final Clock clock;
  private final DoubleSupplier random;

  AttemptSettler(
      TaskRepository tasks, ExecutionRepository executions, DeadLetterRepository deadLetters,
      DispatchRepository queue, QuartzGateway quartz, EngineParts parts, Clock clock, DoubleSupplier random) {
    this.tasks = tasks;
    this.executions = executions;
    this.deadLetters = deadLetters;
    this.queue = queue;
    this.quartz = quartz;
    this.parts = parts;
    this.clock = clock;
    this.random = random;
  }

  Execution settle(StoredTask st, Firing f, Execution row, Outcome outcome) {
    RetryPolicy policy = st.task().spec().retry();
    boolean failed = !outcome.status().success() && outcome.status() != ExecutionStatus.INTERRUPTED;
    boolean retry = failed && policy.attemptsRemainAfter(f.attempt());
    Instant now = now();
    Execution done =
        new Execution(
            row.logId(), row.taskId(), row.attempt(), row.nodeId(), row.scheduledFor(), row.startedAt(), now,
            retry ? ExecutionStatus.RETRIED : outcome.status(),
            outcome.exitCode(), outcome.httpStatus(), outcome.output(), outcome.error());
    executions.finish(done);
    parts.metrics().finished(st.task().type(), outcome.status(), Duration.between(row.startedAt(), now));
    Optional<TaskStatus> after;
    if (retry) {
      after = scheduleRetry(st, f, outcome, now);
    } else {
      if (failed) {
        deadLetters.insert(st.task().id(), st.task().name(), f.attempt(), row.logId(), outcome.error(), now);
        log.info("Task {} failed after {} attempts; dead letter written", st.task().id(), f.attempt());
      }
      after = moveOn(st, f, outcome, now);
    }
    after.ifPresent(status -> parts.events().publish(new TaskEvent.StatusChanged(st.task().id(), status)));
    return done;
  }

  private Optional<TaskStatus> scheduleRetry(StoredTask st, Firing f, Outcome outcome, Instant now) {
    Task task = st.task();
    int next = f.attempt() + 1;
    Instant at = now.plus(task.spec().retry().delayAfter(f.attempt(), random.getAsDouble())).truncatedTo(ChronoUnit.MILLIS);
    Optional<TaskStatus> after = tasks.finish(task.id(), TaskStatus.RETRYING, outcome.status(), f.attempt(), at, now);
    quartz.scheduleRetry(task.id(), next, task.spec().priority(), at);
    parts.metrics().retried();
    log.info("Task {} attempt {} failed ({}); attempt {} at {}", task.id(), f.attempt(), outcome.status(), next, at);
    return after;
  }

  private Optional<TaskStatus> moveOn(StoredTask st, Firing f, Outcome outcome, Instant now) {
    Task task = st.task();
    Optional<Instant> next =
        f.isMain() ? f.nextFire()
            : st.dispatched() ? queue.pendingDispatch(task.id()) : quartz.nextFire(task.id(), st.revision());
    boolean rearm = outcome.status() == ExecutionStatus.INTERRUPTED && next.isEmpty();
    TaskStatus to;
    if (next.isPresent() || rearm) {
      to = TaskStatus.SCHEDULED;
    } else {
      to = outcome.status().success() ? TaskStatus.COMPLETED : TaskStatus.FAILED;
    }
    Optional<TaskStatus> after = tasks.finish(task.id(), to, outcome.status(), f.attempt(), next.orElse(null), now);
    if (rearm && after.equals(Optional.of(TaskStatus.SCHEDULED))) {
      long rev = tasks.bumpRevision(task.id(), TaskStatus.SCHEDULED, now, now);
      tasks.find(task.id()).ifPresent(current -> quartz.arm(new StoredTask(current.task(), rev), now));
      log.info("Task {} was interrupted by shutdown and will run again", task.id());
    }
    return after;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
