package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * While the run shown is RUNNING, reads it again about once a second, off the UI thread, and hands
 * each fresh copy (its output so far, stored by the node that runs it) to {@code show}, until it
 * finishes or another run is shown. A failed read is tried again at the next turn.
 */
final class LiveRun {
  static final Duration EVERY = Duration.ofSeconds(1);

  private final TaskService service;
  private final UiExecutor executor;
  private final Consumer<Execution> show;
  private UiExecutor.Cancellable pending;
  private long watching = -1;

  LiveRun(TaskService service, UiExecutor executor, Consumer<Execution> show) {
    this.service = service;
    this.executor = executor;
    this.show = show;
  }

  /**
   * Follows {@code e} while it runs; anything else (null included) stops following. On the UI
   * thread.
   */
  void watch(Execution e) {
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
    watching = e != null && e.status() == ExecutionStatus.RUNNING ? e.logId() : -1;
    if (watching >= 0) {
      next(watching);
    }
  }

  private void next(long id) {
    pending =
        executor.schedule(
            EVERY,
            () ->
                executor.submit(
                    () -> service.execution(id),
                    found -> {
                      if (id != watching) {
                        return;
                      }
                      found.ifPresent(show);
                      if (found.map(x -> x.status() == ExecutionStatus.RUNNING).orElse(false)) {
                        next(id);
                      }
                    },
                    failure -> {
                      if (id == watching) {
                        next(id);
                      }
                    }));
  }
}
