package io.taskdeck.engine;

import java.time.Duration;
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
  private Periodic timer;

  RepairLoop(Duration interval) {
    this.interval = interval;
  }

  synchronized void start(Runnable pass) {
    if (timer == null) {
      timer = new Periodic("taskdeck-repair", interval, () -> runQuietly(pass));
      timer.start();
    }
  }

  /** Asks for a pass a few seconds from now (once; later requests before it runs join it). */
  synchronized void soon() {
    if (timer != null) {
      timer.soon(SOON);
    }
  }

  synchronized void stop() {
    if (timer != null) {
      timer.stop();
      timer = null;
    }
  }

  private static void runQuietly(Runnable repair) {
    try {
      repair.run();
    } catch (RuntimeException e) {
      log.warn("Reconciliation failed (tried again at the next turn): {}", e.getMessage());
    }
  }
}
