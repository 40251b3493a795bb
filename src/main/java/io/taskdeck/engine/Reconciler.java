package io.taskdeck.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.taskdeck.core.Attempt;
import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.LaneRepairs;
import io.taskdeck.store.LaneRepairs.Fix;
import io.taskdeck.store.LaneRepairs.Found;
import io.taskdeck.store.QueueEntry;
import io.taskdeck.store.StoredTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full reconciliation: run at start, every repair interval (default 60 s) and soon after an
 * outage, on every node (each repair is idempotent and re-checked under the task's lock). Its
 * findings are logged and counted in {@code taskdeck_repairs_total{kind}}:
 *
 * <ul>
 *   <li>{@code legacy_trigger}: a task's own Quartz job or trigger, left by a release before the
 *       one lane;
 *   <li>{@code stuck_trigger}: a dispatch trigger in ERROR, or ACQUIRED or BLOCKED with no fired
 *       record;
 *   <li>{@code partition_without_trigger}: queued attempts whose partition had no trigger waiting;
 *   <li>{@code dead_claim}: a claim of an incarnation that stopped checking in;
 *   <li>{@code running_without_attempt}: a RUNNING task with no live claim and no started attempt;
 *   <li>{@code task_without_attempt}: a live task without a pending attempt;
 *   <li>{@code attempt_without_task}: a pending attempt whose task is gone or finished, or held
 *       against its task's pause;
 *   <li>{@code orphaned_execution}: an execution row left RUNNING by a node that is gone.
 * </ul>
 */
final class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  private final LaneRepairs repairs;
  private final QuartzGateway quartz;
  private final Lane lane;
  private final Schedules schedules;
  private final EventHub events;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Duration deadAfter;
  private final java.util.function.BooleanSupplier steady;
  private final Map<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();

  Reconciler(
      LaneRepairs repairs,
      QuartzGateway quartz,
      Lane lane,
      Schedules schedules,
      EventHub events,
      MeterRegistry registry,
      Clock clock,
      Duration deadAfter,
      java.util.function.BooleanSupplier steady) {
    this.repairs = repairs;
    this.quartz = quartz;
    this.lane = lane;
    this.schedules = schedules;
    this.events = events;
    this.registry = registry;
    this.clock = clock;
    this.deadAfter = deadAfter;
    this.steady = steady;
  }

  synchronized ReconcileReport reconcile() {
    Instant now = now();
    Map<String, Integer> found = new LinkedHashMap<>();
    found.put("legacy_trigger", quartz.deleteLegacyTaskJobs());
    found.put("stuck_trigger", quartz.deleteStuckDispatchTriggers());
    found.put("dead_claim", lane.sweeper().releaseDead().total());
    found.put(
        "running_without_attempt",
        repairEach(repairs.runningWithoutAttempt(), this::requeueRunning, now));
    found.put(
        "task_without_attempt", repairEach(repairs.liveWithoutAttempt(), this::recreate, now));
    found.put("attempt_without_task", repairEach(repairs.mismatchedAttempts(), this::match, now));
    // after an outage every node's check-in is old until it checks in again: wait until this one's
    // is steady
    found.put(
        "orphaned_execution",
        steady.getAsBoolean() ? repairs.interruptOrphanedRows(deadAfter, now) : 0);
    found.put("partition_without_trigger", lane.sweeper().rearm());
    ReconcileReport report = new ReconcileReport(found);
    report.repairs().forEach((kind, n) -> counter(kind).increment(n));
    if (report.total() > 0) {
      log.info("Reconciliation repaired {}", report.repairs());
      events.publish(new TaskEvent.TasksChanged(report.total()));
    }
    return report;
  }

  private Counter counter(String kind) {
    return counters.computeIfAbsent(
        kind,
        k ->
            Counter.builder("taskdeck.repairs")
                .description("findings repaired by the reconciliation, by kind")
                .tag("kind", k)
                .register(registry));
  }

  private int repairEach(
      List<UUID> ids, java.util.function.BiFunction<Found, Instant, Fix> fix, Instant now) {
    int n = 0;
    for (UUID id : ids) {
      n += repairs.repair(id, f -> fix.apply(f, now), now) ? 1 : 0;
    }
    return n;
  }

  /** A RUNNING task without a started attempt: the attempt it stood for is due again now. */
  private Fix requeueRunning(Found f, Instant now) {
    if (f.task().isEmpty()
        || f.task().get().task().status() != TaskStatus.RUNNING
        || f.row().filter(QueueEntry::started).isPresent()) {
      return Fix.none();
    }
    StoredTask st = f.task().get();
    Attempt again = f.row().map(QueueEntry::attempt).orElseGet(() -> fresh(st, now)).dueAt(now);
    return put(st, again, again.waitingStatus());
  }

  /** A live task without a pending attempt: its schedule's next occurrence (or its retry, now). */
  private Fix recreate(Found f, Instant now) {
    if (f.task().isEmpty() || f.row().isPresent()) {
      return Fix.none();
    }
    StoredTask st = f.task().get();
    TaskStatus status = st.task().status();
    if (status != TaskStatus.SCHEDULED
        && status != TaskStatus.RETRYING
        && status != TaskStatus.PAUSED) {
      return Fix.none();
    }
    Attempt a = fresh(st, now);
    return put(st, a, status == TaskStatus.PAUSED ? null : a.waitingStatus());
  }

  /**
   * A pending attempt against its task: deleted when the task is gone or finished, else (un)held.
   */
  private Fix match(Found f, Instant now) {
    if (f.row().isEmpty() || f.row().get().started()) {
      return Fix.none();
    }
    if (f.task().isEmpty() || f.task().get().task().status().terminal()) {
      return Fix.delete();
    }
    StoredTask st = f.task().get();
    QueueEntry row = f.row().get();
    TaskStatus status = st.task().status();
    boolean shouldHold = status == TaskStatus.PAUSED;
    if (status == TaskStatus.RUNNING) {
      return put(st, row.attempt(), row.attempt().waitingStatus());
    }
    if (shouldHold == row.held()) {
      return Fix.none();
    }
    return put(st, row.attempt(), null);
  }

  /**
   * The attempt a task without one should have: its next occurrence from now (its retry when
   * RETRYING).
   */
  private Attempt fresh(StoredTask st, Instant now) {
    Instant next = st.task().nextRun();
    if (st.task().status() == TaskStatus.RETRYING && next != null) {
      return new Attempt(
          next, next, Math.max(2, st.task().retryCount() + 1), Attempt.Kind.SCHEDULED, null);
    }
    Optional<Instant> occ =
        schedules
            .of(st.task().spec(), st.anchor())
            .first(next != null && next.isBefore(now) ? next : now);
    return Attempt.scheduled(occ.orElse(now));
  }

  private Fix put(StoredTask st, Attempt a, TaskStatus status) {
    boolean held = st.task().status() == TaskStatus.PAUSED;
    Integer part = held ? null : LaneTriggers.partitionOf(a.due(), Lane.PARTITIONS);
    if (part != null) {
      lane.queued(part, a.due());
    }
    return new Fix(Fix.Action.PUT, part, a, st.task().spec().priority(), st.scheduleRev(), status);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
