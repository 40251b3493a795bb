package io.taskdeck.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background workers for the JavaFX UI; results come back through {@link Platform#runLater}. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FxUiExecutor.class);
  private static final int WORKERS = 3;

  private final ExecutorService workers =
      Executors.newFixedThreadPool(WORKERS, threads("ui-worker"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(threads("ui-timer"));

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    try {
      workers.execute(
          () -> {
            try {
              T result = work.call();
              Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
              log.debug("Background work failed", e);
              Platform.runLater(() -> onFailure.accept(e));
            }
          });
    } catch (RejectedExecutionException e) {
      log.debug("Ignoring background work submitted after shutdown");
    }
  }

  @Override
  public void runOnUi(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable action) {
    try {
      ScheduledFuture<?> f =
          timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
      return () -> f.cancel(false);
    } catch (RejectedExecutionException e) {
      log.debug("Ignoring a delayed action scheduled after shutdown");
      return () -> {};
    }
  }

  /** Stops the workers, waiting a bounded time for running calls. Idempotent. */
  @Override
  public void close() {
    timer.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
