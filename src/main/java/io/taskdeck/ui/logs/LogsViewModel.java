package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The execution log: filtered pages, task names resolved, and follow mode tailing new runs. */
public final class LogsViewModel {
  public static final int PAGE_SIZE = 100;

  /** Suggestions the task filter offers for what is typed. */
  public static final int SUGGESTIONS = 20;

  private final TaskService service;
  private final UiExecutor executor;
  private final Clock clock;
  private final Map<UUID, String> names = new ConcurrentHashMap<>();
  private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<TaskChoice> taskFilter = new SimpleObjectProperty<>(TaskChoice.ALL);
  private final ObjectProperty<ExecutionStatus> statusFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.ALL);
  private final BooleanProperty follow = new SimpleBooleanProperty(true);
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final BooleanProperty hasMore = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty();
  private String cursor;
  private long generation;

  public LogsViewModel(TaskService service, UiExecutor executor, Clock clock) {
    this.service = service;
    this.executor = executor;
    this.clock = clock;
    taskFilter.addListener(o -> reload());
    statusFilter.addListener(o -> reload());
    range.addListener(o -> reload());
  }

  ExecutionQuery query() {
    TaskChoice t = taskFilter.get();
    Set<ExecutionStatus> statuses =
        statusFilter.get() == null ? Set.of() : Set.of(statusFilter.get());
    return new ExecutionQuery(
        t == null ? null : t.id(),
        statuses,
        range.get().from(clock.instant()),
        null,
        PAGE_SIZE,
        null);
  }

  public void reload() {
    load(query(), true);
  }

  public void loadMore() {
    if (cursor != null && !loading.get()) {
      load(query().withCursor(cursor), false);
    }
  }

  /**
   * The tasks whose name, group or description contains {@code text}, searched over all tasks on
   * the server (at most {@link #SUGGESTIONS}, newest first). Blocking: call it off the UI thread,
   * as the filter's completion does.
   */
  public List<TaskChoice> suggest(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Task> found =
        service.list(new TaskQuery(Set.of(), null, null, text, SUGGESTIONS, null)).items();
    found.forEach(t -> names.put(t.id(), t.name()));
    return found.stream().map(t -> new TaskChoice(t.id(), t.name())).toList();
  }

  /**
   * Filters by the task typed in full (Enter without picking a suggestion): the task named exactly
   * so, else the first whose name contains the text; blank means all tasks. Says so when none
   * matches.
   */
  public void chooseTask(String text) {
    if (text == null || text.isBlank()) {
      taskFilter.set(TaskChoice.ALL);
      return;
    }
    executor.submit(
        () -> suggest(text),
        found -> {
          Optional<TaskChoice> exact =
              found.stream().filter(c -> c.name().equalsIgnoreCase(text.strip())).findFirst();
          Optional<TaskChoice> pick = exact.or(() -> found.stream().findFirst());
          if (pick.isPresent()) {
            error.set(null);
            taskFilter.set(pick.get());
          } else {
            error.set("No task matches '" + text.strip() + "'");
          }
        },
        e -> error.set("Could not search the tasks: " + e.getMessage()));
  }

  private void load(ExecutionQuery query, boolean replace) {
    long gen = ++generation;
    loading.set(true);
    executor.submit(
        () -> named(service.executions(query)),
        page -> {
          if (gen != generation) {
            return;
          }
          if (replace) {
            rows.setAll(page.items());
          } else {
            rows.addAll(page.items());
          }
          cursor = page.nextCursor();
          hasMore.set(page.hasMore());
          loading.set(false);
          error.set(null);
        },
        e -> {
          if (gen == generation) {
            loading.set(false);
            error.set("Could not load the execution log: " + e.getMessage());
          }
        });
  }

  /** Resolves task names (background thread). */
  private Page<LogRow> named(Page<Execution> page) {
    return new Page<>(page.items().stream().map(this::row).toList(), page.nextCursor());
  }

  private LogRow row(Execution e) {
    String name =
        names.computeIfAbsent(
            e.taskId(), id -> service.find(id).map(Task::name).orElse("(deleted task)"));
    return new LogRow(e, name);
  }

  /** In follow mode, new finished attempts that match the filters appear at the top. */
  public void onEvents(List<TaskEvent> events) {
    if (!follow.get()) {
      return;
    }
    List<Execution> fresh =
        events.stream()
            .filter(e -> e instanceof TaskEvent.ExecutionFinished)
            .map(e -> ((TaskEvent.ExecutionFinished) e).execution())
            .filter(this::matches)
            .toList();
    if (!fresh.isEmpty()) {
      executor.submit(() -> fresh.stream().map(this::row).toList(), this::prepend, e -> {});
    }
  }

  private boolean matches(Execution e) {
    TaskChoice t = taskFilter.get();
    Instant from = range.get().from(clock.instant());
    return (t == null || t.id() == null || t.id().equals(e.taskId()))
        && (statusFilter.get() == null || statusFilter.get() == e.status())
        && (from == null || e.startedAt() == null || !e.startedAt().isBefore(from));
  }

  private void prepend(List<LogRow> fresh) {
    Map<Long, LogRow> byId = new HashMap<>();
    fresh.forEach(r -> byId.put(r.execution().logId(), r));
    rows.removeIf(r -> byId.containsKey(r.execution().logId()));
    for (LogRow r : fresh) {
      rows.add(0, r);
    }
  }

  public ObservableList<LogRow> rows() {
    return rows;
  }

  public ObjectProperty<TaskChoice> taskFilterProperty() {
    return taskFilter;
  }

  public ObjectProperty<ExecutionStatus> statusFilterProperty() {
    return statusFilter;
  }

  public ObjectProperty<TimeRange> rangeProperty() {
    return range;
  }

  public BooleanProperty followProperty() {
    return follow;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public BooleanProperty hasMoreProperty() {
    return hasMore;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
