package io.taskdeck.engine;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.DispatchRepository.Claimed;
import io.taskdeck.store.DispatchRepository.Settlement;
import io.taskdeck.store.DispatchRepository.Started;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides how a dispatched attempt settles (DESIGN.md §5, as {@link AttemptSettler} does for
 * Quartz-fired attempts) and announces it once it is committed:
 *
 * <ul>
 *   <li>success: COMPLETED;
 *   <li>failure with attempts left: the log row is RETRIED, the task RETRYING and back in the queue
 *       at the policy's backoff, as attempt n+1;
 *   <li>failure without attempts left: FAILED and a dead letter;
 *   <li>interrupted by shutdown: back in the queue at once, as the same attempt.
 * </ul>
 */
final class DispatchSettler {
  private static final Logger log = LoggerFactory.getLogger(DispatchSettler.class);

  private final EngineParts parts;
  private final DispatchTriggers triggers;
  private final DoubleSupplier random;
  private final String nodeId;

  DispatchSettler(EngineParts parts, DispatchTriggers triggers, DoubleSupplier random, String nodeId) {
    this.parts = parts;
    this.triggers = triggers;
    this.random = random;
    this.nodeId = nodeId;
  }

  Settlement settlement(Dispatched.Finished f, Instant now) {
    Claimed c = f.started().claim();
    Outcome o = f.outcome();
    RetryPolicy policy = c.stored().task().spec().retry();
    boolean interrupted = o.status() == ExecutionStatus.INTERRUPTED;
    boolean failed = !o.status().success() && !interrupted;
    boolean retry = failed && policy.attemptsRemainAfter(c.attempt());
    Execution done =
        new Execution(
            f.started().logId(), c.id(), c.attempt(), nodeId, c.due(), f.started().startedAt(), f.finishedAt(),
            retry ? ExecutionStatus.RETRIED : o.status(), o.exitCode(), o.httpStatus(), o.output(), o.error());
    if (retry) {
      Instant at = now.plus(policy.delayAfter(c.attempt(), random.getAsDouble())).truncatedTo(ChronoUnit.MILLIS);
      return new Settlement(c, done, TaskStatus.RETRYING, at, c.attempt() + 1, at, o.status(), false);
    }
    if (interrupted) {
      TaskStatus to = c.attempt() > 1 ? TaskStatus.RETRYING : TaskStatus.SCHEDULED;
      return new Settlement(c, done, to, now, c.attempt(), now, o.status(), false);
    }
    TaskStatus to = failed ? TaskStatus.FAILED : TaskStatus.COMPLETED;
    return new Settlement(c, done, to, null, c.attempt(), null, o.status(), failed);
  }

  void started(Started s) {
    UUID id = s.claim().id();
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.RUNNING));
    parts.events().publish(new TaskEvent.ExecutionStarted(id, s.claim().attempt(), nodeId, s.startedAt()));
  }

  /** Metrics, events and log lines of committed settlements; re-arms the partitions of requeued ones. */
  void afterCommit(List<Settlement> done, Map<UUID, TaskStatus> moved) {
    Map<Integer, Instant> requeued = new HashMap<>();
    for (Settlement s : done) {
      Execution e = s.execution();
      Task task = s.claim().stored().task();
      parts.metrics().finished(task.type(), s.outcome(), Duration.between(e.startedAt(), e.finishedAt()));
      parts.events().publish(new TaskEvent.ExecutionFinished(e));
      TaskStatus to = moved.get(task.id());
      if (to != null) {
        parts.events().publish(new TaskEvent.StatusChanged(task.id(), to));
      }
      if (to != null && s.dueAt() != null) {
        requeued.merge(s.claim().part(), s.dueAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
      describe(s, task, to);
    }
    requeued.forEach(triggers::ensure);
  }

  private void describe(Settlement s, Task task, TaskStatus to) {
    if (to == TaskStatus.RETRYING && s.outcome() != ExecutionStatus.INTERRUPTED) {
      parts.metrics().retried();
      log.info("Task {} attempt {} failed ({}); attempt {} at {}", task.id(), s.execution().attempt(), s.outcome(), s.nextAttempt(), s.dueAt());
    } else if (s.deadLetter()) {
      log.info("Task {} failed after {} attempts; dead letter written", task.id(), s.execution().attempt());
    } else {
      log.debug("Task {} ({}) attempt finished: {}", task.id(), task.name(), s.outcome());
    }
  }
}
