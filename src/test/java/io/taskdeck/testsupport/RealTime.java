package io.taskdeck.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * Real time passing as part of a scenario (an outage's length, a model's "advance time"): not a
 * wait for a condition.
 */
public final class RealTime {
  private RealTime() {}

  /** Returns once {@code d} of real time has passed. */
  public static void pass(Duration d) {
    await().pollDelay(d).atMost(d.plusSeconds(5)).until(() -> true);
  }
}
