package io.taskdeck.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (every TaskService call) off the UI thread and hands results back to it. The
 * FX implementation uses worker threads and {@code Platform.runLater}; the synchronous one runs
 * everything inline so ViewModels can be tested without a toolkit.
 */
public interface UiExecutor {

  /**
   * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI
   * thread.
   */
  <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code action} on the UI thread (soon, or now when already on it and synchronous). */
  void runOnUi(Runnable action);

  /** Runs {@code action} on the UI thread after {@code delay}; the handle cancels it. */
  Cancellable schedule(Duration delay, Runnable action);

  /** A pending delayed action. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
