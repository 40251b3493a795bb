package io.taskdeck.ui.testing;

import io.taskdeck.ui.common.UiExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work inline, for ViewModel tests without a toolkit. Delayed actions wait in a
 * queue until {@link #runDelayed()}, so debouncing and polling can be stepped through.
 */
public final class SyncUiExecutor implements UiExecutor {
  private final List<Runnable> delayed = new ArrayList<>();

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void runOnUi(Runnable action) {
    action.run();
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable action) {
    delayed.add(action);
    return () -> delayed.remove(action);
  }

  /** Runs the delayed actions queued so far (not those they queue in turn). */
  public void runDelayed() {
    List<Runnable> due = new ArrayList<>(delayed);
    delayed.clear();
    due.forEach(Runnable::run);
  }

  public int pendingDelayed() {
    return delayed.size();
  }
}
