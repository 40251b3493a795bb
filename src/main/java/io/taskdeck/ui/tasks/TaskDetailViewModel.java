package io.taskdeck.ui.tasks;

import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Labels;
import io.taskdeck.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane: the selected task's full definition (secrets masked), its recent runs and its
 * recent changes from the audit trail (who did what, docs/audit.md).
 */
public final class TaskDetailViewModel {
  static final int RECENT_RUNS = 20;
  static final int RECENT_CHANGES = 20;

  private final TaskService service;
  private final AuditService audit;
  private final UiExecutor executor;
  private final Formats formats;
  private final ScheduleText scheduleText;
  private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
  private final ObservableList<Map.Entry<String, String>> definition =
      FXCollections.observableArrayList();
  private final ObservableList<Execution> runs = FXCollections.observableArrayList();
  private final StringProperty runsMessage = new SimpleStringProperty("");
  private final ObservableList<AuditEvent> changes = FXCollections.observableArrayList();
  private long generation;

  public TaskDetailViewModel(
      TaskService service, AuditService audit, UiExecutor executor, Formats formats) {
    this.service = service;
    this.audit = audit;
    this.executor = executor;
    this.formats = formats;
    this.scheduleText = new ScheduleText(formats);
  }

  /** Shows {@code t} (null clears the pane) and loads its recent runs. */
  public void show(Task t) {
    task.set(t);
    definition.setAll(t == null ? List.of() : describe(t));
    runs.clear();
    changes.clear();
    if (t == null) {
      return;
    }
    long gen = ++generation;
    executor.submit(
        () -> audit.list(AuditQuery.forObject(t.id().toString()).withLimit(RECENT_CHANGES)),
        page -> {
          if (gen == generation) {
            changes.setAll(page.items());
          }
        },
        e -> {}); // the runs' message reports an unreachable database
    runsMessage.set("Loading runs…");
    executor.submit(
        () -> service.executions(ExecutionQuery.forTask(t.id()).withLimit(RECENT_RUNS)),
        page -> {
          if (gen == generation) {
            runs.setAll(page.items());
            runsMessage.set("");
          }
        },
        e -> runsMessage.set("Could not load runs: " + e.getMessage()));
  }

  /** Reloads when an event concerns the shown task. */
  public void onEvents(List<TaskEvent> events) {
    Task t = task.get();
    if (t != null && events.stream().anyMatch(e -> concerns(e, t))) {
      executor.submit(() -> service.find(t.id()), found -> found.ifPresent(this::show), e -> {});
    }
  }

  private static boolean concerns(TaskEvent e, Task t) {
    return e instanceof TaskEvent.StatusChanged s && s.taskId().equals(t.id())
        || e instanceof TaskEvent.ExecutionFinished f && f.execution().taskId().equals(t.id())
        || e instanceof TaskEvent.ExecutionStarted st && st.taskId().equals(t.id());
  }

  List<Map.Entry<String, String>> describe(Task t) {
    TaskSpec s = t.spec();
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    add(rows, "Id", t.id().toString());
    add(rows, "Group", s.group());
    add(rows, "Description", s.description());
    add(rows, "Type", Labels.of(s.type()));
    if (s.payload() instanceof ShellPayload sh) {
      add(rows, "Command", sh.command());
      add(rows, "Working dir", sh.workingDir());
      add(rows, "Environment", sh.env().isEmpty() ? null : KeyValueText.masked(sh.env(), "="));
    } else if (s.payload() instanceof HttpPayload h) {
      add(rows, "Request", h.method() + " " + h.url());
      add(
          rows,
          "Headers",
          h.headers().isEmpty() ? null : KeyValueText.format(h.maskedHeaders(), ": "));
      add(rows, "Body", h.body());
      add(rows, "Expect status", h.expectStatus().toString());
    }
    String cron = ScheduleText.expression(s.schedule());
    add(
        rows,
        "Schedule",
        scheduleText.describe(s.schedule()) + (cron == null ? "" : " · cron " + cron));
    add(rows, "Next run", formats.dateTime(t.nextRun()));
    add(rows, "Priority", Integer.toString(s.priority()));
    RetryPolicy r = s.retry();
    add(
        rows,
        "Retry",
        r.maxAttempts()
            + " attempts, "
            + Labels.duration(r.initialDelay())
            + " × "
            + r.multiplier()
            + " up to "
            + Labels.duration(r.maxDelay())
            + (r.jitter() == 0 ? "" : ", ± " + Math.round(r.jitter() * 100) + "%"));
    add(rows, "Misfire", Labels.of(s.misfire()));
    add(rows, "Calendar", s.calendar());
    add(rows, "Timeout", Labels.duration(s.timeout()));
    add(rows, "Created", formats.dateTime(t.createdAt()));
    add(rows, "Updated", formats.dateTime(t.updatedAt()));
    return rows;
  }

  private static void add(List<Map.Entry<String, String>> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Map.entry(key, value));
    }
  }

  public ObjectProperty<Task> taskProperty() {
    return task;
  }

  public ObservableList<Map.Entry<String, String>> definition() {
    return definition;
  }

  public ObservableList<Execution> runs() {
    return runs;
  }

  public StringProperty runsMessageProperty() {
    return runsMessage;
  }

  public ObservableList<AuditEvent> changes() {
    return changes;
  }
}
