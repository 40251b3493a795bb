package io.taskdeck.ui.tasks;

import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * "All N matching": pause, resume, cancel or run now every task a query matches, not only the
 * loaded rows. Asked first, with the number; the ids are read page by page before anything changes
 * (so a change of status cannot move a task past the pages), then each task the engine's rules let
 * the action change is changed, off the UI thread.
 */
public final class BulkActions {
  /** The actions offered for all matching tasks. */
  public enum Bulk {
    PAUSE("Pause", "Paused", TaskAction.PAUSE),
    RESUME("Resume", "Resumed", TaskAction.RESUME),
    CANCEL("Cancel", "Cancelled", TaskAction.CANCEL),
    RUN_NOW("Run now", "Started", TaskAction.RUN_NOW);

    final String verb;
    final String done;
    final TaskAction rule;

    Bulk(String verb, String done, TaskAction rule) {
      this.verb = verb;
      this.done = done;
      this.rule = rule;
    }

    public String verb() {
      return verb;
    }
  }

  private final TaskService service;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final StringProperty notice;
  private final BooleanProperty running = new SimpleBooleanProperty(false);

  public BulkActions(
      TaskService service, UiExecutor executor, DialogService dialogs, StringProperty notice) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.notice = notice;
  }

  /**
   * Applies {@code bulk} to every task {@code query} matches ({@code total} of them), once
   * confirmed; then {@code after}.
   */
  public void apply(Bulk bulk, TaskQuery query, long total, Runnable after) {
    if (total <= 0
        || running.get()
        || !dialogs.confirm(
            bulk.verb + " all matching tasks",
            String.format("%s all %,d matching tasks?", bulk.verb, total),
            "Every task the search and filters match is included, not only those loaded. Tasks the action does not"
                + " apply to (for example finished ones) are left as they are.",
            String.format("%s %,d tasks", bulk.verb, total))) {
      return;
    }
    running.set(true);
    notice.set(String.format("%s: working on %,d tasks…", bulk.verb, total));
    executor.submit(
        () -> run(bulk, query),
        r -> {
          running.set(false);
          notice.set(
              String.format("%s %,d tasks", bulk.done, r.changed())
                  + (r.skipped() == 0
                      ? ""
                      : String.format(" (%,d left as they were)", r.skipped())));
          if (!r.failures().isEmpty()) {
            dialogs.showError(
                bulk.verb + " failed for " + r.failures().size() + " tasks",
                String.join("\n", r.failures().subList(0, Math.min(20, r.failures().size()))));
          }
          after.run();
        },
        e -> {
          running.set(false);
          dialogs.showError(bulk.verb + " failed", e.getMessage());
          after.run();
        });
  }

  private record Result(int changed, int skipped, List<String> failures) {}

  private Result run(Bulk bulk, TaskQuery query) {
    List<Task> matching = new ArrayList<>();
    TaskQuery q = query.withLimit(TaskQuery.MAX_LIMIT).withCursor(null);
    Page<Task> page;
    do {
      page = service.list(q);
      matching.addAll(page.items());
      q = q.withCursor(page.nextCursor());
    } while (page.hasMore());
    int changed = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    BiConsumer<TaskService, UUID> call =
        switch (bulk) {
          case PAUSE -> TaskService::pause;
          case RESUME -> TaskService::resume;
          case CANCEL -> TaskService::cancel;
          case RUN_NOW -> TaskService::runNow;
        };
    for (Task t : matching) {
      if (!bulk.rule.appliesTo(t.status())) {
        skipped++;
        continue;
      }
      try {
        call.accept(service, t.id());
        changed++;
      } catch (RuntimeException e) {
        failures.add(t.name() + ": " + e.getMessage());
      }
    }
    return new Result(changed, skipped, failures);
  }

  public BooleanProperty runningProperty() {
    return running;
  }
}
