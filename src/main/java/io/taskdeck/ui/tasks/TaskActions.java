package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The commands on selected tasks: run now, pause/resume, reschedule, stop and cancel (both
 * confirmed). Each runs off the UI thread; failures are collected and shown once, naming the tasks.
 */
public final class TaskActions {
  private final TaskService service;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final TasksViewModel table;
  private final StringProperty notice = new SimpleStringProperty("");

  public TaskActions(
      TaskService service, UiExecutor executor, DialogService dialogs, TasksViewModel table) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.table = table;
  }

  public void runNow(List<Task> selection) {
    apply(
        "Run now", allowed(selection, TaskAction.RUN_NOW), t -> service.runNow(t.id()), "Started");
  }

  /** Resumes when every selected task is paused; otherwise pauses those that can be paused. */
  public void togglePause(List<Task> selection) {
    if (!selection.isEmpty()
        && selection.stream().allMatch(t -> TaskAction.RESUME.appliesTo(t.status()))) {
      apply("Resume", selection, t -> service.resume(t.id()), "Resumed");
    } else {
      apply("Pause", allowed(selection, TaskAction.PAUSE), t -> service.pause(t.id()), "Paused");
    }
  }

  /**
   * The tasks of {@code selection} that {@code action} changes (the engine refuses or ignores it
   * for the rest).
   */
  static List<Task> allowed(List<Task> selection, TaskAction action) {
    return selection.stream().filter(t -> action.appliesTo(t.status())).toList();
  }

  /** Asks first; cancelled tasks never run again. */
  public void cancel(List<Task> selection) {
    List<Task> live = allowed(selection, TaskAction.CANCEL);
    if (live.isEmpty()) {
      return;
    }
    String what = live.size() == 1 ? "\"" + live.get(0).name() + "\"" : live.size() + " tasks";
    if (dialogs.confirm(
        "Cancel tasks",
        "Cancel " + what + "?",
        "Cancelled tasks never run again. Their history stays in the log.",
        "Cancel " + (live.size() == 1 ? "task" : "tasks"))) {
      apply("Cancel", live, t -> service.cancel(t.id()), "Cancelled");
    }
  }

  /** Asks first (Keep is the default); the attempt is killed and recorded as STOPPED. */
  public void stop(List<Task> selection) {
    List<Task> running = allowed(selection, TaskAction.STOP);
    if (running.isEmpty()) {
      return;
    }
    String what =
        running.size() == 1
            ? "the running attempt of \"" + running.get(0).name() + "\""
            : "the running attempts of " + running.size() + " tasks";
    if (dialogs.confirm(
        "Stop running attempts",
        "Stop " + what + "?",
        "A shell command is killed with its child processes, an HTTP call is cancelled. The attempt is recorded as"
            + " Stopped and not retried; a recurring task goes on with its next run.",
        running.size() == 1 ? "Stop attempt" : "Stop attempts")) {
      apply("Stop", running, t -> service.stop(t.id()), "Stopping");
    }
  }

  public void reschedule(Task task, Schedule schedule) {
    apply("Reschedule", List.of(task), t -> service.reschedule(t.id(), schedule), "Rescheduled");
  }

  private void apply(String action, List<Task> selection, Function<Task, Task> call, String done) {
    if (selection.isEmpty()) {
      return;
    }
    executor.submit(
        () -> {
          List<String> failures = new ArrayList<>();
          for (Task t : selection) {
            try {
              call.apply(t);
            } catch (RuntimeException e) {
              failures.add(t.name() + ": " + e.getMessage());
            }
          }
          return failures;
        },
        failures -> finished(action, selection, failures, done),
        e -> dialogs.showError(action + " failed", e.getMessage()));
  }

  private void finished(String action, List<Task> selection, List<String> failures, String done) {
    List<UUID> ids = selection.stream().map(Task::id).toList();
    table.refreshRows(ids);
    int ok = selection.size() - failures.size();
    notice.set(ok == 0 ? "" : done + " " + (ok == 1 ? "1 task" : ok + " tasks"));
    if (!failures.isEmpty()) {
      dialogs.showError(action + " failed", String.join("\n", failures));
    }
  }

  /** A short message about the last action ("Paused 3 tasks"). */
  public StringProperty noticeProperty() {
    return notice;
  }
}
