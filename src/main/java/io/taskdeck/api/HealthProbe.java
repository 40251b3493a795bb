package io.taskdeck.api;

import java.util.Optional;

/**
 * Tells /health whether the database answers and whether this node executes tasks, and if not why.
 */
@FunctionalInterface
public interface HealthProbe {
  Report check();

  /**
   * @param databaseProblem why the database does not answer, or empty when it does
   * @param scheduler the engine state (STARTING, RUNNING, STANDBY, STOPPING, STOPPED)
   * @param notExecuting why this node does not execute tasks now, or empty when it does
   * @param shuttingDown true once the node was asked to stop: it answers 503 so that traffic drains
   */
  record Report(
      Optional<String> databaseProblem,
      String scheduler,
      Optional<String> notExecuting,
      boolean shuttingDown) {
    /** A running node: executing unless the database is down. */
    public Report(Optional<String> databaseProblem, String scheduler) {
      this(
          databaseProblem,
          scheduler,
          databaseProblem.isPresent()
              ? Optional.of("the database is unavailable")
              : Optional.empty(),
          false);
    }

    public boolean healthy() {
      return databaseProblem.isEmpty() && !shuttingDown;
    }
  }
}
