package io.taskdeck.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs code on the FX thread from a test thread and waits for its result. */
public final class Fx {
  private Fx() {}

  public static <T> T call(Callable<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("FX call failed", e);
    }
  }

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
