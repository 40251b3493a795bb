package io.taskdeck.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the GUI and the API may do with tasks. The only door into the engine: callers never see
 * Quartz. Every method may throw {@link ValidationException}, {@link NotFoundException}, {@link
 * IllegalStateChangeException} or {@link StoreUnavailableException}.
 */
public interface TaskService {

  /**
   * This service acting for {@code actor}: the changes made through the view are recorded in the
   * audit trail as {@code actor}'s (docs/audit.md). Implementations that keep the trail override
   * it; the default (test doubles) is this service itself.
   */
  default TaskService as(Actor actor) {
    return this;
  }

  /** Validates and schedules one task; returns it as stored. */
  default Task schedule(TaskSpec spec) {
    return schedule(spec, null);
  }

  /**
   * As {@link #schedule(TaskSpec)}; with a {@code requestKey} (an opaque key naming the request,
   * such as a digest of an Idempotency-Key and its route), the task is recorded under it in the
   * same transaction that creates it, so a retry whose first answer was lost finds it with {@link
   * #createdUnder} instead of creating it again.
   */
  Task schedule(TaskSpec spec, String requestKey);

  /**
   * Validates every spec first (a bad one rejects the whole call, naming its index in the field:
   * {@code tasks[3].name}), then schedules them all. Returns the ids in the order of the specs.
   */
  default List<UUID> scheduleAll(List<TaskSpec> specs) {
    return scheduleAll(specs, null);
  }

  /**
   * As {@link #scheduleAll(List)}, recorded under {@code requestKey} as {@link #schedule(TaskSpec,
   * String)} does.
   */
  List<UUID> scheduleAll(List<TaskSpec> specs, String requestKey);

  /**
   * The tasks created under {@code requestKey} within the last 24 hours, in order; empty when none.
   */
  Optional<List<UUID>> createdUnder(String requestKey);

  Optional<Task> find(UUID id);

  /** Like {@link #find} but throws {@link NotFoundException} for an unknown id. */
  default Task get(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("task", id));
  }

  /** Tasks ordered by creation (newest first), filtered and paged. */
  Page<Task> list(TaskQuery query);

  /** Counts of tasks by status (every status present, zero when none). */
  Map<TaskStatus, Long> countByStatus();

  /** Replaces a task's definition; a changed schedule reschedules it. */
  default Task update(UUID id, TaskSpec spec) {
    return update(id, spec, null);
  }

  /**
   * As {@link #update(UUID, TaskSpec)}, but only while the task is at revision {@code ifRevision}
   * (null: whatever it is), checked in the same transaction as the write: otherwise nothing changes
   * and {@link StaleRevisionException} says so.
   */
  Task update(UUID id, TaskSpec spec, Long ifRevision);

  /** Moves a task to a new schedule; it then runs only at the new time(s). */
  Task reschedule(UUID id, Schedule schedule);

  /** Cancels a task: it never runs again. Cancelling a cancelled task is a no-op. */
  Task cancel(UUID id);

  Task pause(UUID id);

  Task resume(UUID id);

  /** Runs a task now, in addition to its schedule. */
  Task runNow(UUID id);

  /**
   * Stops the attempt running now (docs/engine.md's stop row): the node running it kills it (a
   * shell's whole process tree; an HTTP call is cancelled) within about a second, and it settles
   * STOPPED. Refused ({@link IllegalStateChangeException}) unless the task is RUNNING. Returns the
   * task as it is when the request is recorded (still RUNNING).
   */
  Task stop(UUID id);

  /**
   * Stops attempt {@code logId} (as {@link #stop}, but only that attempt): refused when it is not
   * running any more. Returns its execution row as it is when the request is recorded.
   */
  Execution stopExecution(long logId);

  /** One execution row; while it runs, its output so far (stored about once a second). */
  Optional<Execution> execution(long logId);

  /** The execution log, newest first. */
  Page<Execution> executions(ExecutionQuery query);

  /** The next {@code count} fire times of {@code schedule} from {@code from}, in its zone. */
  List<Instant> previewFireTimes(Schedule schedule, String calendar, Instant from, int count);

  /** Delivers engine events to {@code listener} until the subscription is closed. */
  Subscription subscribe(Consumer<TaskEvent> listener);

  /** Repairs drift between our task rows and Quartz's triggers. */
  ReconcileReport reconcile();

  EngineInfo info();

  /**
   * The nodes of the cluster on this database, this one included: executing and manage-only nodes,
   * with their last heartbeat and health.
   */
  List<ClusterNode> clusterNodes();
}
