package io.taskdeck.ui.dashboard;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.SharedCounts;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The dashboard: task counts, the last day's and hour's executions, and recent failures. Every
 * figure is aggregated by the database over all rows (nothing is read row by row, nothing capped);
 * the counts go to the {@link SharedCounts} that the sidebar and the Retries view show too.
 */
public final class DashboardViewModel {
  /** Engine events within this window after the first become one reload. */
  static final Duration COALESCE = Duration.ofSeconds(2);

  static final int FAILURES_SHOWN = 8;
  private static final Set<ExecutionStatus> FAILURES =
      Set.of(ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT, ExecutionStatus.INTERRUPTED);

  private final TaskService service;
  private final TaskStatistics statistics;
  private final SharedCounts counts;
  private final UiExecutor executor;
  private final Clock clock;
  private final ObjectProperty<DashboardSnapshot> snapshot = new SimpleObjectProperty<>();
  private final ObservableList<FailureRow> failures = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty();
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private boolean reloadPending;

  public DashboardViewModel(
      TaskService service,
      TaskStatistics statistics,
      SharedCounts counts,
      UiExecutor executor,
      Clock clock) {
    this.service = service;
    this.statistics = statistics;
    this.counts = counts;
    this.executor = executor;
    this.clock = clock;
  }

  public void reload() {
    loading.set(true);
    executor.submit(
        this::load,
        s -> {
          loading.set(false);
          error.set(null);
          counts.publish(s.counts());
          snapshot.set(s);
          failures.setAll(s.failures());
        },
        e -> {
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
    executor.schedule(
        COALESCE,
        () -> {
          reloadPending = false;
          reload();
        });
  }

  /** Background thread: four aggregate queries and one short page of failures. */
  private DashboardSnapshot load() {
    Instant now = clock.instant();
    Instant end = now.plusMillis(1);
    TaskStatistics.Counts c = statistics.counts();
    TaskStatistics.Histogram day =
        statistics.executions(now.minus(Duration.ofHours(24)), end, Duration.ofHours(1));
    TaskStatistics.Histogram hour =
        statistics.executions(ExecutionStats.hourStart(now), end, Duration.ofMinutes(1));
    TaskStatistics.StartDelays delays = statistics.startDelays(now.minus(Duration.ofHours(1)), end);
    List<Execution> failed =
        service
            .executions(
                new ExecutionQuery(
                    null, FAILURES, now.minus(Duration.ofHours(24)), null, FAILURES_SHOWN, null))
            .items();
    return new DashboardSnapshot(c, ExecutionStats.of(day, hour, delays, now), named(failed), now);
  }

  private List<FailureRow> named(List<Execution> rows) {
    Map<UUID, String> names = new HashMap<>();
    return rows.stream()
        .map(
            e ->
                new FailureRow(
                    e,
                    names.computeIfAbsent(
                        e.taskId(),
                        id -> service.find(id).map(Task::name).orElse("(deleted task)"))))
        .toList();
  }

  public long count(TaskStatus status) {
    DashboardSnapshot s = snapshot.get();
    return s == null ? 0 : s.counts().of(status);
  }

  public SharedCounts counts() {
    return counts;
  }

  public ObjectProperty<DashboardSnapshot> snapshotProperty() {
    return snapshot;
  }

  public ObservableList<FailureRow> failures() {
    return failures;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }
}
