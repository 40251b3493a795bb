package io.taskdeck.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread named {@code name} that runs {@code step} every {@code period} (the first run
 * one period after {@link #start()}) until {@link #stop()}, and once more on request ({@link
 * #soon}). The step must catch what it can survive: an exception thrown out of it ends the runs.
 */
final class Periodic {
  private final String name;
  private final Duration period;
  private final Runnable step;
  private ScheduledExecutorService timer;
  private ScheduledFuture<?> extra;

  Periodic(String name, Duration period, Runnable step) {
    this.name = name;
    this.period = period;
    this.step = step;
  }

  synchronized void start() {
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(
          step, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Runs the step once {@code delay} from now, unless such an extra run is pending already. */
  synchronized void soon(Duration delay) {
    if (timer != null && (extra == null || extra.isDone())) {
      extra = timer.schedule(step, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
