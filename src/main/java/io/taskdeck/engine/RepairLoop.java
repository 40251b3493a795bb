package io.taskdeck.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the full reconciliation every repair interval, and once more a few seconds after an outage
 * was noticed (a failed heartbeat, an error Quartz reported). A failing pass is logged and tried
 * again at the next turn.
 */
final class RepairLoop {
  private static final Logger log = LoggerFactory.getLogger(RepairLoop.class);
  private static final Duration SOON = Duration.ofSeconds(3);

  private final Duration interval;
  private ScheduledExecutorService timer;
  private Runnable repair;
  private ScheduledFuture<?> pending;

  RepairLoop(Duration interval) {
    this.interval = interval;
  }

  synchronized void start(Runnable pass) {
    if (timer != null) {
      return;
    }
    this.repair = pass;
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "taskdeck-repair");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a pass a few seconds from now (once; later requests before it runs join it). */
  synchronized void soon() {
    if (timer != null && (pending == null || pending.isDone())) {
      pending = timer.schedule(this::runQuietly, SOON.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  private void runQuietly() {
    try {
      repair.run();
    } catch (RuntimeException e) {
      log.warn("Reconciliation failed (tried again at the next turn): {}", e.getMessage());
    }
  }
}
