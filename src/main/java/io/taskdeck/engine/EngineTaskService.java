package io.taskdeck.engine;

import io.taskdeck.core.Actor;
import io.taskdeck.core.Attempt;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
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
import io.taskdeck.store.AuditRepository;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.QueueRepository;
import io.taskdeck.store.QueueRepository.NewEntry;
import io.taskdeck.store.RequestCreatedRepository;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine's {@link TaskService}: the one lane's task operations. Every write is one transaction
 * over the task row and its pending attempt in the queue (see {@link TaskWrites}); a task has no
 * Quartz trigger of its own. Time is the database clock the engine keeps. Each instance acts for
 * one {@link Actor}, whom its writes name in the audit trail; {@link #as} gives the same service
 * acting for another.
 */
final class EngineTaskService implements TaskService {
  private final Jdbc jdbc;
  private final TaskRepository tasks;
  private final QueueRepository queue;
  private final ExecutionRepository executions;
  private final TaskWrites writes;
  private final Lane lane;
  private final Schedules schedules;
  private final TaskValidator validator;
  private final SpecChecks checks;
  private final EngineParts parts;
  private final Reconciler reconciler;
  private final Supplier<EngineInfo> info;
  private final Supplier<List<ClusterNode>> nodes;
  private final Clock clock;
  private final TaskIds ids;
  private final RequestCreatedRepository requests;
  private final Parts p;
  private final Actor actor;

  /** The parts a service is made of. */
  record Parts(
      Jdbc jdbc,
      TaskRepository tasks,
      QueueRepository queue,
      ExecutionRepository executions,
      TaskWrites writes,
      Lane lane,
      Schedules schedules,
      TaskValidator validator,
      SpecChecks checks,
      EngineParts parts,
      Reconciler reconciler,
      Supplier<EngineInfo> info,
      Supplier<List<ClusterNode>> nodes,
      Clock clock,
      RequestCreatedRepository requests,
      AuditRepository audits) {}

  EngineTaskService(Parts p, Actor actor) {
    this(p, new TaskIds(p.clock()), actor);
  }

  /** One id generator for every actor's view, so that one engine's ids keep increasing. */
  private EngineTaskService(Parts p, TaskIds ids, Actor actor) {
    this.p = p;
    this.ids = ids;
    this.actor = actor;
    this.jdbc = p.jdbc();
    this.tasks = p.tasks();
    this.queue = p.queue();
    this.executions = p.executions();
    this.writes = p.writes();
    this.lane = p.lane();
    this.schedules = p.schedules();
    this.validator = p.validator();
    this.checks = p.checks();
    this.parts = p.parts();
    this.reconciler = p.reconciler();
    this.info = p.info();
    this.nodes = p.nodes();
    this.requests = p.requests();
    this.clock = p.clock();
  }

  @Override
  public TaskService as(Actor other) {
    return new EngineTaskService(p, ids, other);
  }

  @Override
  public Task schedule(TaskSpec spec, String requestKey) {
    checks.validate(spec, "");
    UUID id = create(List.of(spec), i -> "schedule", requestKey).get(0);
    parts.events().publish(new TaskEvent.StatusChanged(id, TaskStatus.SCHEDULED));
    return get(id);
  }

  @Override
  public List<UUID> scheduleAll(List<TaskSpec> specs, String requestKey) {
    for (int i = 0; i < specs.size(); i++) {
      checks.validate(specs.get(i), "tasks[" + i + "].");
    }
    List<UUID> created = create(specs, i -> "tasks[" + i + "].schedule", requestKey);
    parts.events().publish(new TaskEvent.TasksChanged(created.size()));
    return created;
  }

  @Override
  public Optional<List<UUID>> createdUnder(String requestKey) {
    return requests.created(requestKey, now());
  }

  /**
   * Stores new tasks and their first attempts in one transaction (with the request that created
   * them, when it has a key), then arms their partitions.
   */
  private List<UUID> create(
      List<TaskSpec> specs, java.util.function.IntFunction<String> field, String requestKey) {
    Instant now = now();
    List<Task> created = new ArrayList<>(specs.size());
    Map<UUID, Instant> anchors = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      TaskSpec spec = specs.get(i);
      UUID id = ids.next();
      Instant anchor =
          spec.schedule() instanceof Schedule.Interval iv
              ? (iv.startAt() != null ? iv.startAt() : now.truncatedTo(ChronoUnit.MILLIS))
              : null;
      Instant first = checks.first(schedules.of(spec, anchor), spec, now, field.apply(i));
      anchors.put(id, anchor);
      created.add(new Task(id, spec, TaskStatus.SCHEDULED, first, null, 0, now, now));
    }
    Map<UUID, Integer> partOf = lane.partitions(created);
    List<NewEntry> entries = new ArrayList<>(created.size());
    Map<Integer, Instant> earliest = new HashMap<>();
    for (Task t : created) {
      int part = partOf.get(t.id());
      entries.add(
          new NewEntry(t.id(), part, Attempt.scheduled(t.nextRun()), t.spec().priority(), 1L));
      earliest.merge(part, t.nextRun(), (a, b) -> a.isBefore(b) ? a : b);
    }
    jdbc.inTransaction(
        c -> {
          tasks.insert(c, created, anchors);
          queue.insert(c, entries);
          if (requestKey != null) {
            requests.record(c, requestKey, created.stream().map(Task::id).toList(), now);
          }
          p.audits()
              .recordAll(
                  c,
                  created.stream()
                      .map(
                          t ->
                              AuditEntry.of(
                                  actor, AuditAction.CREATE, "task", t.id(), t.spec().name()))
                      .toList());
          return null;
        });
    parts.metrics().scheduled(created.size());
    lane.queued(earliest);
    return created.stream().map(Task::id).toList();
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
  public Task update(UUID id, TaskSpec spec, Long ifRevision) {
    return update(id, spec, ifRevision, AuditAction.UPDATE);
  }

  private Task update(UUID id, TaskSpec spec, Long ifRevision, AuditAction action) {
    checks.validate(spec, "");
    Task t = writes.update(id, spec, ifRevision, now(), actor, action);
    parts.events().publish(new TaskEvent.StatusChanged(id, t.status()));
    return t;
  }

  @Override
  public Task reschedule(UUID id, Schedule schedule) {
    if (schedule == null) {
      throw new ValidationException("schedule", "a schedule is required");
    }
    return update(id, get(id).spec().withSchedule(schedule), null, AuditAction.RESCHEDULE);
  }

  @Override
  public Task cancel(UUID id) {
    writes.cancel(id, now(), actor);
    return announce(id);
  }

  @Override
  public Task pause(UUID id) {
    return writes.pause(id, now(), actor) ? announce(id) : get(id);
  }

  @Override
  public Task resume(UUID id) {
    return writes.resume(id, now(), actor) ? announce(id) : get(id);
  }

  @Override
  public Task runNow(UUID id) {
    writes.runNow(id, now(), actor);
    return announce(id);
  }

  @Override
  public Task stop(UUID id) {
    writes.stop(id, null, now(), actor);
    return get(id);
  }

  @Override
  public Execution stopExecution(long logId) {
    Execution e = execution(logId).orElseThrow(() -> new NotFoundException("execution", logId));
    writes.stop(e.taskId(), logId, now(), actor);
    return execution(logId).orElse(e);
  }

  @Override
  public Optional<Execution> execution(long logId) {
    return executions.find(logId);
  }

  private Task announce(UUID id) {
    Task t = get(id);
    parts.events().publish(new TaskEvent.StatusChanged(id, t.status()));
    return t;
  }

  @Override
  public Page<Execution> executions(ExecutionQuery query) {
    return executions.list(query);
  }

  @Override
  public List<Instant> previewFireTimes(
      Schedule schedule, String calendar, Instant from, int count) {
    if (schedule == null) {
      throw new ValidationException("schedule", "a schedule is required");
    }
    if (count < 1 || count > 1000) {
      throw new ValidationException("count", "count must be between 1 and 1000");
    }
    validator.validate(TaskSpec.builder().name("preview").schedule(schedule).build());
    org.quartz.Calendar cal =
        calendar == null || calendar.isBlank() ? null : checks.calendar(calendar, "calendar");
    return schedules.preview(schedule, cal, from == null ? now() : from, count);
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

  @Override
  public Task get(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("task", id));
  }

  /**
   * Now, to the millisecond: the precision of occurrences (Quartz's), so that a task's created and
   * updated times are exactly the anchors its interval counts from.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
