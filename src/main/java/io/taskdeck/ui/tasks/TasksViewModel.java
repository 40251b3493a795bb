package io.taskdeck.ui.tasks;

import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSort;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.common.Debouncer;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The Tasks table: server-side pages (cursor) in a server-side order, text and group search
 * (debounced), a multi-status and a type filter, the total count of matching tasks, and live
 * updates from engine events. Actions live in {@link TaskActions}.
 */
public final class TasksViewModel {
  public static final int PAGE_SIZE = 100;
  static final Duration SEARCH_DELAY = Duration.ofMillis(250);

  /** Above this many changed rows in one burst, reloading beats refreshing row by row. */
  private static final int MAX_ROW_REFRESH = 50;

  private final TaskService service;
  private final TaskStatistics statistics;
  private final UiExecutor executor;
  private final Debouncer searchDebouncer;
  private final ObservableList<Task> tasks = FXCollections.observableArrayList();
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableSet<TaskStatus> statusFilter =
      FXCollections.observableSet(EnumSet.noneOf(TaskStatus.class));
  private final StringProperty groupFilter = new SimpleStringProperty("");
  private final ObjectProperty<TaskSort> sort = new SimpleObjectProperty<>(TaskSort.NEWEST);

  /** All tasks matching the filters, or -1 while it is being counted. */
  private final LongProperty total = new SimpleLongProperty(-1);

  private final ObjectProperty<TaskType> typeFilter = new SimpleObjectProperty<>();
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
  private final StringProperty error = new SimpleStringProperty();
  private final ObjectProperty<Duration> lastLoadTime = new SimpleObjectProperty<>();
  private String nextCursor;
  private long generation;

  public TasksViewModel(TaskService service, TaskStatistics statistics, UiExecutor executor) {
    this.service = service;
    this.statistics = statistics;
    this.executor = executor;
    this.searchDebouncer = new Debouncer(executor, SEARCH_DELAY);
    search.addListener((o, a, b) -> searchDebouncer.trigger(this::reload));
    groupFilter.addListener((o, a, b) -> searchDebouncer.trigger(this::reload));
    statusFilter.addListener((SetChangeListener<TaskStatus>) c -> reload());
    sort.addListener((o, a, b) -> reload());
    typeFilter.addListener((o, a, b) -> reload());
  }

  /** The query for the current filters, first page. */
  public TaskQuery query() {
    return new TaskQuery(
        Set.copyOf(statusFilter),
        typeFilter.get(),
        groupFilter.get(),
        search.get(),
        PAGE_SIZE,
        null,
        sort.get());
  }

  /** Loads the first page again, then counts all matching tasks. */
  public void reload() {
    TaskQuery q = query();
    load(q, true);
    long gen = generation;
    total.set(-1);
    executor.submit(
        () -> statistics.countTasks(q),
        n -> {
          if (gen == generation) {
            total.set(n);
          }
        },
        e -> {});
  }

  /**
   * True while a reload waits out the search's debounce or runs: what is shown may still change.
   */
  public boolean settling() {
    return searchDebouncer.pending() || loading.get();
  }

  /**
   * Clears the status and type filters and loads the tasks matching {@code text} now (no debounce).
   */
  public void searchFor(String text) {
    statusFilter.clear();
    typeFilter.set(null);
    groupFilter.set("");
    search.set(text);
    reload();
  }

  /** Appends the next page. */
  public void loadMore() {
    if (nextCursor != null && !loading.get()) {
      load(query().withCursor(nextCursor), false);
    }
  }

  private void load(TaskQuery query, boolean replace) {
    long gen = ++generation;
    loading.set(true);
    executor.submit(
        () -> timed(query),
        timed -> loaded(timed.page(), replace, gen, timed.took()),
        e -> failed(e, gen));
  }

  /** A page and how long the service took to answer it. */
  private record TimedPage(Page<Task> page, Duration took) {}

  private TimedPage timed(TaskQuery query) {
    long started = System.nanoTime();
    Page<Task> page = service.list(query);
    return new TimedPage(page, Duration.ofNanos(System.nanoTime() - started));
  }

  private void loaded(Page<Task> page, boolean replace, long gen, Duration took) {
    if (gen != generation) {
      return;
    }
    if (replace) {
      tasks.setAll(page.items());
    } else {
      tasks.addAll(page.items());
    }
    nextCursor = page.nextCursor();
    hasMore.set(page.hasMore());
    error.set(null);
    loading.set(false);
    lastLoadTime.set(took);
  }

  private void failed(Throwable e, long gen) {
    if (gen != generation) {
      return;
    }
    loading.set(false);
    error.set("Could not load tasks: " + e.getMessage());
  }

  /** Applies a burst of engine events: refreshes the rows it touched, or reloads. */
  public void onEvents(List<TaskEvent> events) {
    Set<UUID> changed = new LinkedHashSet<>();
    boolean reload = false;
    for (TaskEvent event : events) {
      if (event instanceof TaskEvent.TasksChanged) {
        reload = true;
      } else {
        UUID id = taskId(event);
        reload |= indexOf(id) < 0 && event instanceof TaskEvent.StatusChanged;
        if (indexOf(id) >= 0) {
          changed.add(id);
        }
      }
    }
    if (reload || changed.size() > MAX_ROW_REFRESH) {
      reload();
    } else if (!changed.isEmpty()) {
      refreshRows(List.copyOf(changed));
    }
  }

  private static UUID taskId(TaskEvent event) {
    if (event instanceof TaskEvent.StatusChanged s) {
      return s.taskId();
    }
    if (event instanceof TaskEvent.ExecutionStarted s) {
      return s.taskId();
    }
    return ((TaskEvent.ExecutionFinished) event).execution().taskId();
  }

  /**
   * Fetches the given rows again and puts them in place (dropping those the filter no longer
   * matches).
   */
  public void refreshRows(List<UUID> ids) {
    executor.submit(
        () -> ids.stream().map(service::find).flatMap(Optional::stream).toList(),
        this::replaceRows,
        e -> error.set("Could not refresh tasks: " + e.getMessage()));
  }

  private void replaceRows(List<Task> fresh) {
    for (Task t : fresh) {
      int i = indexOf(t.id());
      if (i < 0) {
        continue;
      }
      if (matchesFilters(t)) {
        tasks.set(i, t);
      } else {
        tasks.remove(i);
      }
    }
  }

  private boolean matchesFilters(Task t) {
    return (statusFilter.isEmpty() || statusFilter.contains(t.status()))
        && (typeFilter.get() == null || typeFilter.get() == t.type());
  }

  private int indexOf(UUID id) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  public ObservableList<Task> tasks() {
    return tasks;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** The statuses shown; empty shows all. */
  public ObservableSet<TaskStatus> statusFilter() {
    return statusFilter;
  }

  /** The exact group shown; blank shows all. */
  public StringProperty groupFilterProperty() {
    return groupFilter;
  }

  public ObjectProperty<TaskSort> sortProperty() {
    return sort;
  }

  /** All tasks the filters match (not only the loaded pages); -1 while counting. */
  public LongProperty totalProperty() {
    return total;
  }

  public ObjectProperty<TaskType> typeFilterProperty() {
    return typeFilter;
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

  /** How long the service took to answer the last page query. */
  public ObjectProperty<Duration> lastLoadTimeProperty() {
    return lastLoadTime;
  }

  public boolean filtered() {
    return !search.get().isBlank()
        || !statusFilter.isEmpty()
        || typeFilter.get() != null
        || !groupFilter.get().isBlank();
  }
}
