package io.taskdeck.engine;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Subscription;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quartz.Calendar;

/**
 * The Quartz-backed {@link TaskService}.
 *
 * <p><b>Order of writes.</b> Our {@code task} row and Quartz's trigger live in separate
 * transactions. The row is always written first, and a trigger only runs work when the row agrees:
 *
 * <ul>
 *   <li>create: insert the row, then schedule the job and trigger. A crash in between leaves a row
 *       without trigger: visible, and armed by the reconciliation pass at the next start.
 *   <li>update / reschedule: write the row with revision + 1, then replace the trigger with one
 *       named for the new revision. A crash in between leaves the old trigger, which is stale: when
 *       it fires, the job sees the revision mismatch, unschedules it and runs nothing, so the task
 *       never runs at the old time; reconciliation arms the new trigger.
 *   <li>cancel: mark the row CANCELLED, then delete the job. A leftover trigger fires into a job
 *       that sees CANCELLED and deletes itself.
 *   <li>pause / resume: row first, then the trigger. A firing of a PAUSED row is skipped; resume
 *       re-arms the trigger if it is gone.
 * </ul>
 *
 * So a crash never leaves a task that is invisible, and never one that runs twice for one firing.
 */
final class QuartzTaskService implements TaskService {
  private static final EnumSet<TaskStatus> PAUSABLE =
      EnumSet.of(TaskStatus.SCHEDULED, TaskStatus.RETRYING, TaskStatus.RUNNING);
  private static final EnumSet<TaskStatus> CANCELLABLE = EnumSet.complementOf(EnumSet.of(TaskStatus.CANCELLED));

  private final TaskRepository tasks;
  private final ExecutionRepository executions;
  private final QuartzGateway quartz;
  private final DispatchPath dispatch;
  private final TaskValidator validator;
  private final TriggerFactory triggers;
  private final SpecChecks checks;
  private final TaskArming arming;
  private final EngineParts parts;
  private final Reconciler reconciler;
  private final Supplier<EngineInfo> info;
  private final Supplier<List<ClusterNode>> nodes;
  private final Clock clock;
  private final TaskIds ids;

  QuartzTaskService(
      TaskRepository tasks, ExecutionRepository executions, QuartzGateway quartz, DispatchPath dispatch, TaskValidator validator,
      EngineParts parts, Reconciler reconciler, Supplier<EngineInfo> info,
      Supplier<List<ClusterNode>> nodes, Clock clock) {
    this.tasks = tasks;
    this.executions = executions;
    this.quartz = quartz;
    this.dispatch = dispatch;
    this.validator = validator;
    this.triggers = new TriggerFactory();
    this.checks = new SpecChecks(validator, triggers, quartz);
    this.arming = new TaskArming(tasks, quartz, dispatch, parts.metrics(), clock);
    this.parts = parts;
    this.reconciler = reconciler;
    this.info = info;
    this.nodes = nodes;
    this.clock = clock;
    this.ids = new TaskIds(clock);
  }

  @Override
  public Task schedule(TaskSpec spec) {
    checks.validate(spec, "");
    StoredTask st = arming.arm(List.of(newTask(spec, "schedule"))).get(0);
    parts.events().publish(new TaskEvent.StatusChanged(st.task().id(), TaskStatus.SCHEDULED));
    return get(st.task().id());
  }

  @Override
  public List<UUID> scheduleAll(List<TaskSpec> specs) {
    for (int i = 0; i < specs.size(); i++) {
      checks.validate(specs.get(i), "tasks[" + i + "].");
    }
    List<Task> created = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      created.add(newTask(specs.get(i), "tasks[" + i + "].schedule"));
    }
    arming.arm(created);
    parts.events().publish(new TaskEvent.TasksChanged(created.size()));
    return created.stream().map(Task::id).toList();
  }

  private Task newTask(TaskSpec spec, String scheduleField) {
    Instant now = now();
    return new Task(ids.next(), spec, TaskStatus.SCHEDULED, checks.firstRun(spec, now, scheduleField), null, 0, now, now);
  }

  @Override
  public Optional<Task> find(UUID id) {
    return tasks.find(id).map(StoredTask::task);
  }

  @Override
  public Page<Task> list(TaskQuery query) {
    return tasks.list(query);
  }

  @Override
  public Map<TaskStatus, Long> countByStatus() {
    return tasks.countByStatus();
  }

  @Override
  public Task update(UUID id, TaskSpec spec) {
    checks.validate(spec, "");
    StoredTask current = stored(id);
    TaskStatus status = current.task().status();
    if (status == TaskStatus.CANCELLED) {
      throw new IllegalStateChangeException("task " + id + " is cancelled and cannot be changed");
    }
    TaskStatus to = status == TaskStatus.PAUSED ? TaskStatus.PAUSED : TaskStatus.SCHEDULED;
    Instant now = now();
    Instant next = checks.firstRun(spec, now, "schedule");
    if (spec.schedule() instanceof Schedule.Once) {
      Integer part = current.dispatched() ? current.dispatchPart() : DispatchTriggers.partitionOf(next, DispatchPath.PARTITIONS);
      tasks.replaceSpec(id, spec, to, next, now, part);
      quartz.delete(id); // its triggers of an earlier schedule, retry or run-now
      if (to == TaskStatus.SCHEDULED) {
        dispatch.queued(part, next);
      }
    } else {
      tasks.replaceSpec(id, spec, to, next, now, null);
      if (status == TaskStatus.RETRYING) {
        // The new definition starts afresh: the old occurrence's pending retry must not fire.
        quartz.dropRetries(id);
      }
      quartz.arm(stored(id), now).ifPresent(n -> tasks.setNextRun(id, n));
    }
    parts.events().publish(new TaskEvent.StatusChanged(id, to));
    return get(id);
  }

  @Override
  public Task reschedule(UUID id, Schedule schedule) {
    if (schedule == null) {
      throw new ValidationException("schedule", "a schedule is required");
    }
    return update(id, stored(id).task().spec().withSchedule(schedule));
  }

  @Override
  public Task cancel(UUID id) {
    StoredTask st = stored(id);
    if (st.task().status() == TaskStatus.CANCELLED) {
      return st.task();
    }
    if (!tasks.transition(id, CANCELLABLE, TaskStatus.CANCELLED, now())) {
      throw new IllegalStateChangeException("task " + id + " changed while cancelling; try again");
    }
    quartz.delete(id);
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.CANCELLED));
    return get(id);
  }

  @Override
  public Task pause(UUID id) {
    StoredTask st = stored(id);
    if (st.task().status() == TaskStatus.PAUSED) {
      return st.task();
    }
    if (!tasks.transition(id, PAUSABLE, TaskStatus.PAUSED, now())) {
      throw illegal(st, "paused");
    }
    quartz.pause(id);
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.PAUSED));
    return get(id);
  }

  @Override
  public Task resume(UUID id) {
    StoredTask st = stored(id);
    if (st.task().status() != TaskStatus.PAUSED) {
      if (PAUSABLE.contains(st.task().status())) {
        return st.task();
      }
      throw illegal(st, "resumed");
    }
    if (st.dispatched()) {
      dispatch.resume(st.dispatchPart(), id, now()).orElseThrow(() -> illegal(stored(id), "resumed"));
      parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.SCHEDULED));
      return get(id);
    }
    if (!tasks.transition(id, EnumSet.of(TaskStatus.PAUSED), TaskStatus.SCHEDULED, now())) {
      throw illegal(stored(id), "resumed");
    }
    StoredTask resumed = stored(id);
    quartz.resume(resumed, now()).ifPresent(n -> tasks.setNextRun(id, n));
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.SCHEDULED));
    return get(id);
  }

  @Override
  public Task runNow(UUID id) {
    StoredTask st = stored(id);
    if (st.task().status() == TaskStatus.CANCELLED) {
      throw illegal(st, "run");
    }
    quartz.runAt(id, st.task().spec().priority(), now());
    return st.task();
  }

  @Override
  public Page<Execution> executions(ExecutionQuery query) {
    return executions.list(query);
  }

  @Override
  public List<Instant> previewFireTimes(Schedule schedule, String calendar, Instant from, int count) {
    if (schedule == null) {
      throw new ValidationException("schedule", "a schedule is required");
    }
    if (count < 1 || count > 1000) {
      throw new ValidationException("count", "count must be between 1 and 1000");
    }
    validator.validate(TaskSpec.builder().name("preview").schedule(schedule).build());
    Calendar cal = calendar == null || calendar.isBlank() ? null : checks.calendar(calendar, "calendar");
    return triggers.preview(schedule, cal, from == null ? now() : from, count);
  }

  @Override
  public Subscription subscribe(Consumer<TaskEvent> listener) {
    return parts.events().subscribe(listener);
  }

  @Override
  public ReconcileReport reconcile() {
    return reconciler.reconcile();
  }

  @Override
  public EngineInfo info() {
    return info.get();
  }

  @Override
  public List<ClusterNode> clusterNodes() {
    return nodes.get();
  }

  private StoredTask stored(UUID id) {
    return tasks.find(id).orElseThrow(() -> new NotFoundException("task", id));
  }

  private static IllegalStateChangeException illegal(StoredTask st, String verb) {
    return new IllegalStateChangeException(
        "task " + st.task().id() + " is " + st.task().status() + " and cannot be " + verb);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
