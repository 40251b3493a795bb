package io.taskdeck.ui.dashboard;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The dashboard: task counts, the last day's and hour's executions, and recent failures. */
public final class DashboardViewModel {
  /** Engine events within this window after the first become one reload. */
  static final Duration COALESCE = Duration.ofSeconds(2);
  /** The most executions of the last 24 hours the dashboard reads (then it says "at least"). */
  static final int MAX_ROWS = 20_000;
  static final int FAILURES_SHOWN = 8;

  private final TaskService service;
  private final UiExecutor executor;
  private final Clock clock;
  private final ObjectProperty<DashboardSnapshot> snapshot = new SimpleObjectProperty<>();
  private final ObservableList<FailureRow> failures = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private boolean reloadPending;

  public DashboardViewModel(TaskService service, UiExecutor executor, Clock clock) {
    this.service = service;
    this.executor = executor;
    this.clock = clock;
  }

  public void reload() {
    loading.set(true);
    executor.submit(this::load, s -> {
      loading.set(false);
      error.set(null);
      snapshot.set(s);
      failures.setAll(s.failures());
    }, e -> {
      loading.set(false);
      error.set("Could not load the dashboard: " + e.getMessage());
    });
  }

  /** Executions and status changes trigger one reload per {@link #COALESCE} window. */
  public void onEvents(List<TaskEvent> events) {
    if (reloadPending || events.isEmpty()) {
      return;
    }
    reloadPending = true;
    executor.schedule(COALESCE, () -> {
      reloadPending = false;
      reload();
    });
  }

  /** Background thread. */
  private DashboardSnapshot load() {
    Instant now = clock.instant();
    Map<TaskStatus, Long> counts = service.countByStatus();
    List<Execution> rows = new ArrayList<>();
    ExecutionQuery query = new ExecutionQuery(null, Set.of(), now.minus(Duration.ofHours(24)), null,
        TaskQuery.MAX_LIMIT, null);
    Page<Execution> page;
    do {
      page = service.executions(query);
      rows.addAll(page.items());
      query = query.withCursor(page.nextCursor());
    } while (page.hasMore() && rows.size() < MAX_ROWS);
    return new DashboardSnapshot(counts, ExecutionStats.of(rows, now), failures(rows), page.hasMore(), now);
  }

  private List<FailureRow> failures(List<Execution> newestFirst) {
    Map<UUID, String> names = new HashMap<>();
    return newestFirst.stream()
        .filter(e -> ExecutionStats.isFailure(e.status()))
        .limit(FAILURES_SHOWN)
        .map(e -> new FailureRow(e, names.computeIfAbsent(e.taskId(),
            id -> service.find(id).map(Task::name).orElse("(deleted task)"))))
        .toList();
  }

  public long count(TaskStatus status) {
    DashboardSnapshot s = snapshot.get();
    return s == null ? 0 : s.counts().getOrDefault(status, 0L);
  }

  public ObjectProperty<DashboardSnapshot> snapshotProperty() { return snapshot; }
  public ObservableList<FailureRow> failures() { return failures; }
  public StringProperty errorProperty() { return error; }
  public BooleanProperty loadingProperty() { return loading; }
}
