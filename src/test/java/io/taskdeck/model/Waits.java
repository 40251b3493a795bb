package io.taskdeck.model;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting on conditions with a bound. */
final class Waits {
  private Waits() {}

  /** Waits until {@code condition} holds, for at most {@code bound}; false when it never did. */
  static boolean within(Duration bound, Callable<Boolean> condition) {
    try {
      await()
          .atMost(bound)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(condition);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }
}
