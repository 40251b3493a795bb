package io.taskdeck.engine;

import io.taskdeck.store.ExecutionRepository;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the output of running attempts as it grows, about once a second, on their RUNNING
 * execution rows, so that any node's GUI or API shows it while the attempt runs. Only output that
 * grew is written, in one transaction per round; the settlement writes the final output.
 */
final class OutputTails {
  static final Duration EVERY = Duration.ofSeconds(1);
  private static final Logger log = LoggerFactory.getLogger(OutputTails.class);

  private final RunningAttempts running;
  private final ExecutionRepository executions;
  private final Periodic timer = new Periodic("taskdeck-output-tails", EVERY, this::writeQuietly);

  OutputTails(RunningAttempts running, ExecutionRepository executions) {
    this.running = running;
    this.executions = executions;
  }

  void start() {
    timer.start();
  }

  void stop() {
    timer.stop();
  }

  private void writeQuietly() {
    try {
      write();
    } catch (RuntimeException e) {
      log.debug(
          "Storing the output of running attempts failed (tried again in {}): {}",
          EVERY,
          e.getMessage());
    }
  }

  void write() {
    Map<Long, String> grown = new HashMap<>();
    running
        .outputs()
        .forEach(
            (logId, live) -> {
              String text = live.takeIfGrown();
              if (text != null) {
                grown.put(logId, Outcome.storable(text));
              }
            });
    if (!grown.isEmpty()) {
      executions.writeTails(grown);
    }
  }
}
