package io.taskdeck.ui.common;

import java.time.Duration;

/** Runs an action on the UI thread once input has been quiet for a delay (typing, bursts). */
public final class Debouncer {
  private final UiExecutor executor;
  private final Duration delay;
  private UiExecutor.Cancellable pending;

  public Debouncer(UiExecutor executor, Duration delay) {
    this.executor = executor;
    this.delay = delay;
  }

  /** Call on the UI thread; replaces any action still waiting. */
  public void trigger(Runnable action) {
    if (pending != null) {
      pending.cancel();
    }
    pending =
        executor.schedule(
            delay,
            () -> {
              pending = null;
              action.run();
            });
  }

  /** True while an action waits for the input to be quiet (UI thread). */
  public boolean pending() {
    return pending != null;
  }
}
