package io.taskdeck.api;

import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.StaleRevisionException;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.Subscription;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A test double of {@link TaskService} for the HTTP layer's own tests: keeps tasks in a map, runs
 * nothing, and applies the core validator and the status rules the engine enforces. It can be told
 * to behave as if the database were down.
 */
final class InMemoryTaskService implements TaskService {
  private final Map<UUID, Task> tasks = new LinkedHashMap<>();
  private final TaskValidator validator =
      new TaskValidator(
          expr ->
              expr.trim().split("\\s+").length >= 6
                  ? Optional.empty()
                  : Optional.of("expected 6 or 7 fields"));
  private volatile boolean databaseDown;
  private volatile RuntimeException nextFailure;

  void databaseDown(boolean down) {
    this.databaseDown = down;
  }

  /** The next call throws {@code e} (to test the mapping of unexpected errors). */
  void failNextCall(RuntimeException e) {
    this.nextFailure = e;
  }

  synchronized int size() {
    return tasks.size();
  }

  private void check() {
    RuntimeException e = nextFailure;
    nextFailure = null;
    if (e != null) {
      throw e;
    }
    if (databaseDown) {
      throw new StoreUnavailableException("cannot reach jdbc:h2:mem:test", null);
    }
  }

  private final Map<String, List<UUID>> createdByRequest = new HashMap<>();

  private <T> T remember(String requestKey, List<UUID> ids, T result) {
    if (requestKey != null) {
      createdByRequest.put(requestKey, List.copyOf(ids));
    }
    return result;
  }

  @Override
  public synchronized Optional<List<UUID>> createdUnder(String requestKey) {
    return Optional.ofNullable(createdByRequest.get(requestKey));
  }

  @Override
  public synchronized Task schedule(TaskSpec spec, String requestKey) {
    check();
    validator.validate(spec);
    Task t = store(spec);
    return remember(requestKey, List.of(t.id()), t);
  }

  private Task store(TaskSpec spec) {
    Instant now = Instant.now();
    Instant next = spec.schedule() instanceof Schedule.Once o && o.at() != null ? o.at() : now;
    Task t = new Task(UUID.randomUUID(), spec, TaskStatus.SCHEDULED, next, null, 0, now, now);
    tasks.put(t.id(), t);
    return t;
  }

  @Override
  public synchronized List<UUID> scheduleAll(List<TaskSpec> specs, String requestKey) {
    check();
    for (int i = 0; i < specs.size(); i++) {
      validator.validate(specs.get(i), "tasks[" + i + "].");
    }
    List<UUID> ids = specs.stream().map(s -> store(s).id()).toList();
    return remember(requestKey, ids, ids);
  }

  @Override
  public synchronized Optional<Task> find(UUID id) {
    check();
    return Optional.ofNullable(tasks.get(id));
  }

  @Override
  public synchronized Page<Task> list(TaskQuery query) {
    check();
    List<Task> all = new ArrayList<>(tasks.values());
    java.util.Collections.reverse(all);
    List<Task> matching =
        all.stream()
            .filter(t -> query.statuses().isEmpty() || query.statuses().contains(t.status()))
            .filter(t -> query.type() == null || query.type() == t.type())
            .filter(t -> query.group() == null || query.group().equals(t.spec().group()))
            .filter(
                t ->
                    query.text() == null
                        || t.name().toLowerCase().contains(query.text().toLowerCase()))
            .toList();
    int from = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
    int to = Math.min(matching.size(), from + query.limit());
    return new Page<>(matching.subList(from, to), to < matching.size() ? String.valueOf(to) : null);
  }

  @Override
  public synchronized Map<TaskStatus, Long> countByStatus() {
    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
    tasks.values().forEach(t -> counts.merge(t.status(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized Task update(UUID id, TaskSpec spec, Long ifRevision) {
    if (ifRevision != null && get(id).revision() != ifRevision) {
      throw new StaleRevisionException(id, ifRevision, get(id).revision());
    }
    Task t = live(id);
    validator.validate(spec);
    return put(
        new Task(
            id, spec, t.status(), t.nextRun(), t.lastOutcome(), 0, t.createdAt(), Instant.now()));
  }

  @Override
  public synchronized Task reschedule(UUID id, Schedule schedule) {
    return update(id, get(id).spec().withSchedule(schedule));
  }

  @Override
  public synchronized Task cancel(UUID id) {
    Task t = get(id);
    return t.status() == TaskStatus.CANCELLED ? t : withStatus(live(id), TaskStatus.CANCELLED);
  }

  @Override
  public synchronized Task pause(UUID id) {
    return withStatus(live(id), TaskStatus.PAUSED);
  }

  @Override
  public synchronized Task resume(UUID id) {
    Task t = get(id);
    if (t.status() != TaskStatus.PAUSED) {
      throw new IllegalStateChangeException("task " + id + " is " + t.status() + ", not PAUSED");
    }
    return withStatus(t, TaskStatus.SCHEDULED);
  }

  @Override
  public synchronized Task runNow(UUID id) {
    return live(id);
  }

  @Override
  public synchronized Execution stopExecution(long logId) {
    check();
    throw new NotFoundException("execution", logId);
  }

  @Override
  public synchronized Optional<Execution> execution(long logId) {
    check();
    return Optional.empty();
  }

  @Override
  public synchronized Task stop(UUID id) {
    check();
    Task t = get(id);
    if (TaskAction.STOP.refusedIn(t.status())) {
      throw new IllegalStateChangeException(
          "task " + id + " is " + t.status() + ": no attempt is running");
    }
    return t;
  }

  private Task live(UUID id) {
    check();
    Task t = get(id);
    if (t.status().terminal()) {
      throw new IllegalStateChangeException("task " + id + " is " + t.status());
    }
    return t;
  }

  private Task withStatus(Task t, TaskStatus status) {
    return put(
        new Task(
            t.id(),
            t.spec(),
            status,
            t.nextRun(),
            t.lastOutcome(),
            t.retryCount(),
            t.createdAt(),
            Instant.now()));
  }

  private Task put(Task t) {
    tasks.put(t.id(), t);
    return t;
  }

  @Override
  public Page<Execution> executions(ExecutionQuery query) {
    check();
    return new Page<>(List.of(), null);
  }

  @Override
  public List<Instant> previewFireTimes(
      Schedule schedule, String calendar, Instant from, int count) {
    throw new UnsupportedOperationException("not used by the API");
  }

  @Override
  public Subscription subscribe(Consumer<TaskEvent> listener) {
    return () -> {};
  }

  @Override
  public ReconcileReport reconcile() {
    return ReconcileReport.none();
  }

  @Override
  public List<io.taskdeck.core.ClusterNode> clusterNodes() {
    return List.of(); // an in-memory service belongs to no cluster
  }

  @Override
  public EngineInfo info() {
    return new EngineInfo("test-node", "memory", false, "STANDBY", 0);
  }
}
