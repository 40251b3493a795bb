package io.taskdeck.api;

import java.util.Optional;

/** Tells /health whether the database answers and what the scheduler is doing. */
@FunctionalInterface
public interface HealthProbe {
  Report check();

  /**
   * @param databaseProblem why the database does not answer, or empty when it does
   * @param scheduler the engine state (RUNNING, STANDBY, ...)
   */
  record Report(Optional<String> databaseProblem, String scheduler) {
    public boolean healthy() {
      return databaseProblem.isEmpty();
    }
  }
}
