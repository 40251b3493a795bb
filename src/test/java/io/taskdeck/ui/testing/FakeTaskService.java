package io.taskdeck.ui.testing;

import io.taskdeck.core.Attempt;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Occurrences;
import io.taskdeck.core.Page;
import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.SettlementPolicy;
import io.taskdeck.core.StaleRevisionException;
import io.taskdeck.core.Subscription;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An in-memory {@link TaskService} for UI tests (test scope only): keeps tasks and executions in
 * lists, applies the core validator, publishes events, and "runs" a task by recording a successful
 * attempt. Cron previews understand fixed-time expressions only; that is all the tests need.
 */
public final class FakeTaskService implements TaskService {
  private final Clock clock;
  private final List<Task> tasks = new ArrayList<>();
  private final List<Execution> executions = new ArrayList<>();
  private final List<Consumer<TaskEvent>> listeners = new CopyOnWriteArrayList<>();
  private final TaskValidator validator = new TaskValidator(FakeTaskService::cronProblem);
  private final AtomicInteger listCalls = new AtomicInteger();
  private long nextLogId = 1;
  private volatile RuntimeException failure;

  public FakeTaskService(Clock clock) {
    this.clock = clock;
  }

  /** Every call throws {@code e} until cleared with null. */
  public void failWith(RuntimeException e) {
    this.failure = e;
  }

  public int listCalls() {
    return listCalls.get();
  }

  private void check() {
    if (failure != null) {
      throw failure;
    }
  }

  static Optional<String> cronProblem(String expression) {
    int n = expression.trim().split("\\s+").length;
    return n == 6 || n == 7 ? Optional.empty() : Optional.of("expected 6 or 7 fields, found " + n);
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
    Instant now = clock.instant();
    Task t =
        new Task(
            UUID.randomUUID(),
            spec,
            TaskStatus.SCHEDULED,
            firstRun(spec.schedule(), now),
            null,
            0,
            now,
            now);
    tasks.add(0, t);
    publish(new TaskEvent.StatusChanged(t.id(), t.status()));
    return remember(requestKey, List.of(t.id()), t);
  }

  private Instant firstRun(Schedule s, Instant now) {
    List<Instant> next = previewFireTimes(s, null, now, 1);
    return next.isEmpty() ? null : next.get(0);
  }

  @Override
  public synchronized List<UUID> scheduleAll(List<TaskSpec> specs, String requestKey) {
    check();
    for (int i = 0; i < specs.size(); i++) {
      validator.validate(specs.get(i), "tasks[" + i + "].");
    }
    List<UUID> ids = new ArrayList<>();
    Instant now = clock.instant();
    for (TaskSpec spec : specs) {
      Task t =
          new Task(
              UUID.randomUUID(),
              spec,
              TaskStatus.SCHEDULED,
              firstRun(spec.schedule(), now),
              null,
              0,
              now,
              now);
      tasks.add(0, t);
      ids.add(t.id());
    }
    publish(new TaskEvent.TasksChanged(specs.size()));
    return remember(requestKey, ids, ids);
  }

  @Override
  public synchronized Optional<Task> find(UUID id) {
    check();
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Override
  public synchronized Page<Task> list(TaskQuery q) {
    check();
    listCalls.incrementAndGet();
    return page(matching(q), q.cursor(), q.limit());
  }

  /** How many tasks the query's filters match (not counted as a list call). */
  public synchronized long count(TaskQuery q) {
    check();
    return matching(q).size();
  }

  private List<Task> matching(TaskQuery q) {
    return tasks.stream()
        .filter(t -> q.statuses().isEmpty() || q.statuses().contains(t.status()))
        .filter(t -> q.type() == null || q.type() == t.type())
        .filter(t -> q.group() == null || q.group().equals(t.spec().group()))
        .filter(t -> q.text() == null || text(t).contains(q.text().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static String text(Task t) {
    return (t.name() + " " + t.spec().group() + " " + t.spec().description())
        .toLowerCase(Locale.ROOT);
  }

  private static <T> Page<T> page(List<T> all, String cursor, int limit) {
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(all.size(), from + limit);
    return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
  }

  @Override
  public synchronized Map<TaskStatus, Long> countByStatus() {
    check();
    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s, tasks.stream().filter(t -> t.status() == s).count());
    }
    return counts;
  }

  @Override
  public synchronized Task update(UUID id, TaskSpec spec, Long ifRevision) {
    if (ifRevision != null && get(id).revision() != ifRevision) {
      throw new StaleRevisionException(id, ifRevision, get(id).revision());
    }
    check();
    validator.validate(spec);
    Task t = get(id);
    if (TaskAction.EDIT.refusedIn(t.status())) {
      throw new IllegalStateChangeException("task " + id + " is cancelled and cannot be changed");
    }
    return replace(
        new Task(
            id,
            spec,
            t.status(),
            firstRun(spec.schedule(), clock.instant()),
            t.lastOutcome(),
            t.retryCount(),
            t.createdAt(),
            clock.instant()));
  }

  @Override
  public synchronized Task reschedule(UUID id, Schedule schedule) {
    return update(id, get(id).spec().withSchedule(schedule));
  }

  @Override
  public synchronized Task cancel(UUID id) {
    return act(get(id), TaskAction.CANCEL, TaskStatus.CANCELLED);
  }

  @Override
  public synchronized Task pause(UUID id) {
    return act(get(id), TaskAction.PAUSE, TaskStatus.PAUSED);
  }

  @Override
  public synchronized Task resume(UUID id) {
    return act(get(id), TaskAction.RESUME, TaskStatus.SCHEDULED);
  }

  /**
   * The engine's rules of docs/engine.md (core TaskAction): refused is a 409, a no-op returns the
   * task unchanged.
   */
  private Task act(Task t, TaskAction action, TaskStatus to) {
    if (action.refusedIn(t.status())) {
      throw new IllegalStateChangeException(
          "task "
              + t.id()
              + " is "
              + t.status()
              + " and cannot be "
              + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    return action.noOpIn(t.status()) ? t : withStatus(t, to);
  }

  /**
   * Records a successful attempt at once, with {@code "ran <name>"} as its output; the task moves
   * on as the engine's {@link SettlementPolicy} says.
   */
  @Override
  public synchronized Execution stopExecution(long logId) {
    Execution e = execution(logId).orElseThrow(() -> new NotFoundException("execution", logId));
    stop(e.taskId());
    return e;
  }

  @Override
  public synchronized Optional<Execution> execution(long logId) {
    return executions.stream().filter(e -> e.logId() == logId).findFirst();
  }

  @Override
  public synchronized Task stop(UUID id) {
    Task t = get(id);
    if (TaskAction.STOP.refusedIn(t.status())) {
      throw new IllegalStateChangeException(
          "task " + id + " is " + t.status() + ": no attempt is running");
    }
    return t;
  }

  @Override
  public synchronized Task runNow(UUID id) {
    Task t = get(id);
    if (TaskAction.RUN_NOW.refusedIn(t.status())) {
      throw new IllegalStateChangeException(
          "task " + id + " is " + t.status() + " and cannot be run now");
    }
    Instant now = clock.instant();
    Execution e =
        new Execution(
            nextLogId++,
            id,
            1,
            "test-node",
            now,
            now,
            now.plusMillis(42),
            ExecutionStatus.SUCCESS,
            0,
            null,
            "ran " + t.name(),
            null);
    executions.add(0, e);
    Attempt pending =
        t.nextRun() == null || t.status().terminal() ? null : Attempt.scheduled(t.nextRun());
    SettlementPolicy.Result r =
        SettlementPolicy.settle(
            new Task(
                id,
                t.spec(),
                TaskStatus.RUNNING,
                t.nextRun(),
                t.lastOutcome(),
                t.retryCount(),
                t.createdAt(),
                now),
            occurrences(t),
            Attempt.extra(Attempt.Kind.RUN_NOW, now, pending),
            ExecutionStatus.SUCCESS,
            SettlementPolicy.Standing.CURRENT,
            now,
            0.0);
    Task done =
        replace(
            new Task(
                id,
                t.spec(),
                r.status(),
                r.next() == null ? null : r.next().due(),
                r.lastOutcome(),
                r.attemptsMade(),
                t.createdAt(),
                now));
    publish(new TaskEvent.ExecutionFinished(e));
    publish(new TaskEvent.StatusChanged(id, done.status()));
    return done;
  }

  /** The fake's schedule: only what a run-now's settlement asks (nothing after a run now). */
  private static Occurrences occurrences(Task t) {
    return new Occurrences() {
      @Override
      public Optional<Instant> after(Instant at) {
        return Optional.ofNullable(t.nextRun()).filter(n -> n.isAfter(at));
      }

      @Override
      public Optional<Instant> first(Instant now) {
        return Optional.ofNullable(t.nextRun());
      }
    };
  }

  /** Adds a log row as the engine would have written it (sample data). */
  public synchronized void record(Execution e) {
    executions.add(0, e);
    executions.sort(
        Comparator.comparing(
            Execution::startedAt, Comparator.nullsFirst(Comparator.reverseOrder())));
    nextLogId = Math.max(nextLogId, e.logId() + 1);
  }

  /** Replaces a task's state as the engine would (sample data). */
  public synchronized void put(Task t) {
    tasks.removeIf(x -> x.id().equals(t.id()));
    tasks.add(0, t);
  }

  @Override
  public synchronized Page<Execution> executions(ExecutionQuery q) {
    check();
    List<Execution> matching =
        executions.stream()
            .filter(e -> q.taskId() == null || q.taskId().equals(e.taskId()))
            .filter(e -> q.statuses().isEmpty() || q.statuses().contains(e.status()))
            .filter(
                e -> q.from() == null || e.startedAt() == null || !e.startedAt().isBefore(q.from()))
            .filter(e -> q.to() == null || e.startedAt() == null || e.startedAt().isBefore(q.to()))
            .toList();
    return page(matching, q.cursor(), q.limit());
  }

  @Override
  public List<Instant> previewFireTimes(
      Schedule schedule, String calendar, Instant from, int count) {
    check();
    if (schedule instanceof Schedule.Once once) {
      return List.of(once.at() == null || once.at().isBefore(from) ? from : once.at());
    }
    if (schedule instanceof Schedule.Interval i) {
      List<Instant> out = new ArrayList<>();
      for (int k = 1; k <= count; k++) {
        out.add(from.plus(i.every().multipliedBy(k)));
      }
      return out;
    }
    Schedule.Cron c = (Schedule.Cron) schedule;
    cronProblem(c.expression())
        .ifPresent(
            p -> {
              throw new ValidationException(
                  "schedule.expression", "invalid cron expression '" + c.expression() + "': " + p);
            });
    return cronTimes(c, from, count);
  }

  /**
   * Quartz's own cron arithmetic (test code only), from {@code from} inclusive like the engine's
   * preview.
   */
  private static List<Instant> cronTimes(Schedule.Cron c, Instant from, int count) {
    org.quartz.CronExpression cron;
    try {
      cron = new org.quartz.CronExpression(c.expression());
    } catch (java.text.ParseException e) {
      throw new ValidationException(
          "schedule.expression",
          "invalid cron expression '" + c.expression() + "': " + e.getMessage());
    }
    cron.setTimeZone(java.util.TimeZone.getTimeZone(c.zone()));
    List<Instant> out = new ArrayList<>();
    java.util.Date next = cron.getNextValidTimeAfter(new java.util.Date(from.toEpochMilli() - 1));
    while (next != null && out.size() < count) {
      out.add(next.toInstant());
      next = cron.getNextValidTimeAfter(next);
    }
    return out;
  }

  @Override
  public Subscription subscribe(Consumer<TaskEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Delivers {@code e} to subscribers, as the engine does from its threads. */
  public void publish(TaskEvent e) {
    listeners.forEach(l -> l.accept(e));
  }

  @Override
  public ReconcileReport reconcile() {
    throw new UnsupportedOperationException("not needed by the UI tests");
  }

  @Override
  public EngineInfo info() {
    check();
    return new EngineInfo("test-node", "H2 (test)", true, "RUNNING", 0);
  }

  private Task withStatus(Task t, TaskStatus s) {
    Task changed =
        replace(
            new Task(
                t.id(),
                t.spec(),
                s,
                t.nextRun(),
                t.lastOutcome(),
                t.retryCount(),
                t.createdAt(),
                clock.instant()));
    publish(new TaskEvent.StatusChanged(t.id(), s));
    return changed;
  }

  private Task replace(Task t) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).id().equals(t.id())) {
        tasks.set(i, t);
      }
    }
    return t;
  }

  /** This fake is one executing node that checked in just now. */
  @Override
  public List<io.taskdeck.core.ClusterNode> clusterNodes() {
    check();
    return List.of(
        new io.taskdeck.core.ClusterNode(
            "test-node",
            "localhost",
            io.taskdeck.core.ClusterNode.Mode.EXECUTING,
            clock.instant(),
            0,
            io.taskdeck.core.ClusterNode.Health.OK));
  }
}
