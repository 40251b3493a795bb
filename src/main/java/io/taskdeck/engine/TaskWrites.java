package io.taskdeck.engine;

import io.taskdeck.core.Actor;
import io.taskdeck.core.Attempt;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditChanges;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Occurrences;
import io.taskdeck.core.StaleRevisionException;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.core.TaskActions;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.AuditRepository;
import io.taskdeck.store.DeadLetterRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.QueueEntry;
import io.taskdeck.store.QueueRepository;
import io.taskdeck.store.StopRequests;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The writes of what a person does with a task (docs/engine.md, "What a person can do, by status"),
 * each one transaction over the task row and its pending attempt: the task is locked, {@link
 * TaskActions} decides whether the action applies, and the task and its queue row change together
 * or not at all, with the audit row naming who did it (docs/audit.md). Dispatch triggers for new
 * due times are asked for after the commit.
 */
final class TaskWrites {
  private final Jdbc jdbc;
  private final TaskRepository tasks;
  private final QueueRepository queue;
  private final DeadLetterRepository deadLetters;
  private final Lane lane;
  private final Schedules schedules;
  private final SpecChecks checks;
  private final StopRequests stopRequests;
  private final AttemptStops stops;
  private final AuditRepository audits;

  TaskWrites(
      Jdbc jdbc,
      TaskRepository tasks,
      QueueRepository queue,
      DeadLetterRepository deadLetters,
      Lane lane,
      Schedules schedules,
      SpecChecks checks,
      StopRequests stopRequests,
      AttemptStops stops,
      AuditRepository audits) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.queue = queue;
    this.deadLetters = deadLetters;
    this.lane = lane;
    this.schedules = schedules;
    this.checks = checks;
    this.stopRequests = stopRequests;
    this.stops = stops;
    this.audits = audits;
  }

  /** Due times to ask triggers for once a transaction committed. */
  private static final class Armed {
    final Map<Integer, Instant> earliest = new HashMap<>();

    void add(Integer part, Instant due) {
      if (part != null) {
        earliest.merge(part, due, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
  }

  /**
   * Edits a task; the schedule compared as docs/engine.md says ("schedule changed"). With {@code
   * ifRevision}, only while the task is at that revision.
   */
  Task update(
      UUID id, TaskSpec spec, Long ifRevision, Instant now, Actor actor, AuditAction action) {
    Armed armed = new Armed();
    jdbc.inTransaction(
        c -> {
          StoredTask st = lock(c, id);
          if (ifRevision != null && st.task().revision() != ifRevision) {
            throw new StaleRevisionException(id, ifRevision, st.task().revision());
          }
          TaskActions.check(TaskAction.EDIT, id, st.task().status());
          audits.record(
              c,
              entry(actor, action, st).withChanges(AuditChanges.between(st.task().spec(), spec)));
          Instant anchor = ScheduleChange.anchorFor(spec, st, now);
          boolean changed = !ScheduleChange.sameSchedule(st, spec, anchor);
          tasks.writeSpec(c, id, spec, anchor, changed, now);
          Optional<QueueEntry> row = queue.lock(c, id);
          if (!changed) {
            if (row.isPresent()) {
              queue.refresh(c, id, spec.priority());
            }
            return null;
          }
          // Checked before anything else, also while an attempt runs: a schedule the calendar
          // leaves no
          // occurrence of is refused as bad input, not accepted now and turned COMPLETED at
          // settlement.
          Instant first = checks.first(schedules.of(spec, anchor), spec, now, "schedule");
          if (row.filter(QueueEntry::started).isPresent()) {
            return null; // the running attempt's settlement takes the new schedule over
          }
          boolean paused = st.task().status() == TaskStatus.PAUSED;
          Integer part =
              paused
                  ? null
                  : row.map(QueueEntry::part)
                      .filter(Objects::nonNull)
                      .orElse(LaneTriggers.partitionOf(first, Lane.PARTITIONS));
          queue.put(c, id, part, Attempt.scheduled(first), spec.priority(), st.scheduleRev() + 1);
          tasks.restart(c, id, paused ? TaskStatus.PAUSED : TaskStatus.SCHEDULED, first, now);
          armed.add(part, first);
          return null;
        });
    lane.queued(armed.earliest);
    return tasks
        .find(id)
        .map(StoredTask::task)
        .orElseThrow(() -> new NotFoundException("task", id));
  }

  /**
   * Pauses a task; false when it was paused already. Its pending attempt is held, keeping its due
   * time.
   */
  boolean pause(UUID id, Instant now, Actor actor) {
    return jdbc.inTransaction(
        c -> {
          StoredTask st = lock(c, id);
          if (!TaskActions.check(TaskAction.PAUSE, id, st.task().status())) {
            return false;
          }
          audits.record(c, entry(actor, AuditAction.PAUSE, st));
          tasks.setState(c, id, TaskStatus.PAUSED, st.task().nextRun(), now);
          queue.hold(c, id);
          return true;
        });
  }

  /**
   * Resumes a paused task; false when it was not paused. What it missed meanwhile misfires at
   * claim.
   */
  boolean resume(UUID id, Instant now, Actor actor) {
    Armed armed = new Armed();
    boolean changed =
        jdbc.inTransaction(
            c -> {
              StoredTask st = lock(c, id);
              if (!TaskActions.check(TaskAction.RESUME, id, st.task().status())) {
                return false;
              }
              audits.record(c, entry(actor, AuditAction.RESUME, st));
              Optional<QueueEntry> row = queue.lock(c, id);
              if (row.filter(QueueEntry::started).isPresent()) {
                tasks.setState(c, id, TaskStatus.RUNNING, st.task().nextRun(), now);
                return true;
              }
              Attempt a =
                  row.map(QueueEntry::attempt)
                      .orElseGet(
                          () ->
                              Attempt.scheduled(
                                  checks.first(
                                      occurrences(st), st.task().spec(), now, "schedule")));
              int part = LaneTriggers.partitionOf(a.due(), Lane.PARTITIONS);
              if (row.isPresent()) {
                queue.release(c, id, part);
              } else {
                queue.put(c, id, part, a, st.task().spec().priority(), st.scheduleRev());
              }
              tasks.setState(c, id, a.waitingStatus(), a.due(), now);
              armed.add(part, a.due());
              return true;
            });
    lane.queued(armed.earliest);
    return changed;
  }

  /**
   * Cancels a task: its pending attempt is removed; an attempt running now finishes, its outcome
   * recorded only.
   */
  void cancel(UUID id, Instant now, Actor actor) {
    jdbc.inTransaction(
        c -> {
          StoredTask st = lock(c, id);
          if (!TaskActions.check(TaskAction.CANCEL, id, st.task().status())) {
            return null; // cancelled already: nothing changes, nothing is recorded
          }
          audits.record(c, entry(actor, AuditAction.CANCEL, st));
          tasks.setState(c, id, TaskStatus.CANCELLED, null, now);
          queue.delete(c, id);
          return null;
        });
  }

  /**
   * Asks the node running the task's attempt to stop it (docs/engine.md's stop row); the attempt
   * settles STOPPED. Refused (409) unless the task is RUNNING with a started attempt.
   *
   * @param logId the attempt to stop, or null for whichever runs
   * @return the attempt's queue row: its log id, node and incarnation
   */
  QueueEntry stop(UUID id, Long logId, Instant now, Actor actor) {
    QueueEntry stopped =
        jdbc.inTransaction(
            c -> {
              StoredTask st = lock(c, id);
              if (logId != null && st.task().status() != TaskStatus.RUNNING) {
                throw new IllegalStateChangeException("execution " + logId + " is not running");
              }
              TaskActions.check(TaskAction.STOP, id, st.task().status());
              QueueEntry row =
                  queue
                      .lock(c, id)
                      .filter(QueueEntry::started)
                      .filter(r -> logId == null || logId.equals(r.logId()))
                      .orElseThrow(
                          () ->
                              new IllegalStateChangeException(
                                  logId == null
                                      ? "task "
                                          + id
                                          + " has no attempt running: its attempt is starting or has just ended; try again"
                                      : "execution " + logId + " is not running"));
              stopRequests.request(c, row, now);
              audits.record(
                  c,
                  logId == null
                      ? entry(actor, AuditAction.STOP, st)
                      : AuditEntry.of(
                          actor, AuditAction.STOP, "execution", logId, st.task().spec().name()));
              return row;
            });
    stops.requested(stopped);
    return stopped;
  }

  /** Runs a task now, beside its schedule (docs/engine.md's run-now row). */
  void runNow(UUID id, Instant now, Actor actor) {
    Armed armed = new Armed();
    jdbc.inTransaction(
        c -> {
          StoredTask st = lock(c, id);
          TaskActions.check(TaskAction.RUN_NOW, id, st.task().status());
          audits.record(c, entry(actor, AuditAction.RUN_NOW, st));
          Attempt a = extra(c, st, Attempt.Kind.RUN_NOW, now);
          armed.add(putNow(c, st, a, now), a.due());
          return null;
        });
    lane.queued(armed.earliest);
  }

  /**
   * Requeues dead letters: each task runs at {@code when} as attempt 1 of a fresh run, and each
   * dead letter is marked requeued, all in one transaction; a refusal of any leaves everything as
   * it was.
   */
  void requeue(List<Long> deadLetterIds, Instant when, Instant now, Actor actor) {
    Armed armed = new Armed();
    jdbc.inTransaction(
        c -> {
          for (Long dl : deadLetterIds) {
            DeadLetter d =
                deadLetters
                    .lockOpen(c, dl)
                    .orElseThrow(() -> new NotFoundException("dead letter", dl));
            StoredTask st = lock(c, d.taskId());
            TaskActions.check(TaskAction.REQUEUE, d.taskId(), st.task().status());
            audits.record(c, entry(actor, AuditAction.REQUEUE, st));
            Attempt a = extra(c, st, Attempt.Kind.REQUEUE, when);
            armed.add(putNow(c, st, a, now), a.due());
            deadLetters.markRequeued(c, dl, now);
          }
          return null;
        });
    lane.queued(armed.earliest);
  }

  /**
   * The attempt of a run-now or a requeue at {@code at}: a pending retry runs at once as it is;
   * otherwise a fresh attempt 1, after which the pending occurrence (if any) is due again.
   */
  private Attempt extra(Connection c, StoredTask st, Attempt.Kind kind, Instant at)
      throws SQLException {
    Optional<QueueEntry> row = queue.lock(c, st.task().id());
    Optional<Attempt> pending = row.filter(r -> !r.started()).map(QueueEntry::attempt);
    if (pending.isPresent() && pending.get().number() > 1) {
      return pending.get().dueAt(at);
    }
    Attempt resume =
        pending.map(p -> p.kind() == Attempt.Kind.SCHEDULED ? p : p.resume()).orElse(null);
    return Attempt.extra(kind, at, resume);
  }

  private Integer putNow(Connection c, StoredTask st, Attempt a, Instant now) throws SQLException {
    int part = LaneTriggers.partitionOf(a.due(), Lane.PARTITIONS);
    queue.put(c, st.task().id(), part, a, st.task().spec().priority(), st.scheduleRev());
    if (a.number() > 1) {
      tasks.setState(c, st.task().id(), TaskStatus.RETRYING, a.due(), now);
    } else {
      tasks.restart(c, st.task().id(), TaskStatus.SCHEDULED, a.due(), now);
    }
    return part;
  }

  /**
   * After the calendar a task uses changed: a pending occurrence the calendar now excludes moves to
   * the task's first occurrence after it (an excluded time is not an occurrence). True when it
   * moved.
   */
  boolean recalendar(UUID id, Instant now) {
    Armed armed = new Armed();
    boolean moved =
        jdbc.inTransaction(
            c -> {
              Optional<StoredTask> st = tasks.lock(c, id);
              Optional<QueueEntry> row = queue.lock(c, id);
              if (st.isEmpty()
                  || row.isEmpty()
                  || row.get().started()
                  || !row.get().attempt().canMisfire()) {
                return false;
              }
              Attempt pending = row.get().attempt();
              Optional<Instant> first = occurrences(st.get()).first(pending.occurrence());
              if (first.isPresent() && first.get().equals(pending.occurrence())) {
                return false;
              }
              if (first.isEmpty()) {
                queue.delete(c, id);
                tasks.setState(c, id, TaskStatus.COMPLETED, null, now);
                return true;
              }
              queue.put(
                  c,
                  id,
                  row.get().part(),
                  Attempt.scheduled(first.get()),
                  row.get().priority(),
                  row.get().scheduleRev());
              tasks.setState(c, id, st.get().task().status(), first.get(), now);
              armed.add(row.get().part(), first.get());
              return true;
            });
    lane.queued(armed.earliest);
    return moved;
  }

  private Occurrences occurrences(StoredTask st) {
    return schedules.of(st.task().spec(), st.anchor());
  }

  private static AuditEntry entry(Actor actor, AuditAction action, StoredTask st) {
    return AuditEntry.of(actor, action, "task", st.task().id(), st.task().spec().name());
  }

  private StoredTask lock(Connection c, UUID id) throws SQLException {
    return tasks.lock(c, id).orElseThrow(() -> new NotFoundException("task", id));
  }
}
