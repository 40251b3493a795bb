package io.taskdeck.engine;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.SettlementPolicy;
import io.taskdeck.core.SettlementPolicy.Standing;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.Claimed;
import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.QueueEntry;
import io.taskdeck.store.QueueRepository;
import io.taskdeck.store.SettlementWrite;
import io.taskdeck.store.SettlementWrites;
import io.taskdeck.store.Started;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles finished attempts in groups, one transaction per group: it locks their tasks, checks that
 * each attempt still holds its queue row (else it was overtaken: a cancel, or its claim was
 * released and the attempt given to another), asks {@link SettlementPolicy} for the next state with
 * the task as it is now, and writes the execution rows, the tasks, the next pending attempts and
 * the dead letters, then whatever the {@link SettlementHook}s add.
 */
final class Settler {
  private static final Logger log = LoggerFactory.getLogger(Settler.class);

  /** A finished attempt, waiting for its settlement to be committed. */
  record Finished(Started started, Outcome outcome, Instant finishedAt) {}

  private final TaskRepository tasks;
  private final QueueRepository queue;
  private final SettlementWrites writes = new SettlementWrites();
  private final Schedules schedules;
  private final EngineParts parts;
  private final DoubleSupplier random;
  private final List<SettlementHook> hooks = new CopyOnWriteArrayList<>();

  Settler(
      TaskRepository tasks,
      QueueRepository queue,
      Schedules schedules,
      EngineParts parts,
      DoubleSupplier random) {
    this.tasks = tasks;
    this.queue = queue;
    this.schedules = schedules;
    this.parts = parts;
    this.random = random;
  }

  void addHook(SettlementHook hook) {
    hooks.add(hook);
  }

  /** Decides and writes the settlements of {@code group} inside the caller's transaction. */
  List<SettlementWrite> settle(Connection c, List<Finished> group, NodeClaim me, Instant now)
      throws SQLException {
    List<java.util.UUID> ids = group.stream().map(f -> f.started().claim().id()).toList();
    Map<java.util.UUID, StoredTask> current = tasks.lockAll(c, ids);
    Map<java.util.UUID, QueueEntry> rows = queue.findAll(c, ids);
    List<SettlementWrite> out = new ArrayList<>(group.size());
    for (Finished f : group) {
      out.add(
          decide(
              f,
              current.get(f.started().claim().id()),
              rows.get(f.started().claim().id()),
              me,
              now));
    }
    writes.write(c, out, now);
    for (SettlementHook h : hooks) {
      h.settled(c, out);
    }
    return out;
  }

  private SettlementWrite decide(
      Finished f, StoredTask st, QueueEntry row, NodeClaim me, Instant now) {
    Started s = f.started();
    Claimed cl = s.claim();
    boolean owns =
        st != null
            && row != null
            && Objects.equals(row.logId(), s.logId())
            && me.nodeId().equals(row.claimNode())
            && Objects.equals(row.claimInc(), me.incarnation());
    Standing standing =
        !owns
            ? Standing.OVERTAKEN
            : st.scheduleRev() != cl.entry().scheduleRev()
                ? Standing.SCHEDULE_CHANGED
                : Standing.CURRENT;
    Task task = st != null ? st.task() : cl.stored().task();
    StoredTask basis = st != null ? st : cl.stored();
    SettlementPolicy.Result r =
        SettlementPolicy.settle(
            task,
            schedules.of(task.spec(), basis.anchor()),
            cl.attempt(),
            f.outcome().status(),
            standing,
            now,
            random.getAsDouble());
    Outcome o = f.outcome();
    Execution done =
        new Execution(
            s.logId(),
            cl.id(),
            cl.attempt().number(),
            me.nodeId(),
            cl.attempt().occurrence(),
            s.startedAt(),
            f.finishedAt(),
            r.row(),
            o.exitCode(),
            o.httpStatus(),
            o.output(),
            lateNote(o.error(), standing, f));
    Integer part = r.held() || r.next() == null ? null : cl.entry().part();
    return new SettlementWrite(
        s,
        done,
        r.status(),
        r.lastOutcome(),
        r.attemptsMade(),
        owns,
        r.next(),
        part,
        task.spec().priority(),
        basis.scheduleRev(),
        r.deadLetter(),
        task.name());
  }

  /**
   * An attempt that lost its claim while it ran (its node was declared dead) says so on its row.
   */
  private static String lateNote(String error, Standing standing, Finished f) {
    if (standing != Standing.OVERTAKEN || f.outcome().status() == ExecutionStatus.INTERRUPTED) {
      return error;
    }
    String note =
        "finished after its claim was released (cancelled, or this node was declared dead); it may have run twice";
    return error == null ? note : error + "; " + note;
  }

  void started(Started s, String nodeId) {
    java.util.UUID id = s.claim().id();
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.RUNNING));
    parts
        .events()
        .publish(
            new TaskEvent.ExecutionStarted(
                id, s.claim().attempt().number(), nodeId, s.startedAt()));
  }

  /** Metrics, events and log lines of committed settlements. */
  void afterCommit(List<SettlementWrite> done) {
    for (SettlementWrite s : done) {
      Execution e = s.row();
      Task task = s.started().claim().stored().task();
      parts
          .metrics()
          .finished(task.type(), s.lastOutcome(), Duration.between(e.startedAt(), e.finishedAt()));
      parts.events().publish(new TaskEvent.ExecutionFinished(e));
      if (s.status() != null) {
        parts.events().publish(new TaskEvent.StatusChanged(task.id(), s.status()));
      }
      describe(s, task);
    }
  }

  private void describe(SettlementWrite s, Task task) {
    if (s.row().status() == ExecutionStatus.RETRIED) {
      parts.metrics().retried();
      log.info(
          "Task {} attempt {} failed ({}); attempt {} at {}",
          task.id(),
          s.row().attempt(),
          s.lastOutcome(),
          s.next().number(),
          s.next().due());
    } else if (s.deadLetter()) {
      log.info(
          "Task {} failed after {} attempts; dead letter written", task.id(), s.row().attempt());
    } else if (!s.ownsQueueRow()) {
      log.warn(
          "Task {} attempt {} finished ({}) after it was overtaken; only its outcome is recorded",
          task.id(),
          s.row().attempt(),
          s.lastOutcome());
    } else {
      log.debug("Task {} ({}) attempt finished: {}", task.id(), task.name(), s.lastOutcome());
    }
  }
}
