package io.taskdeck.core;

/**
 * What this instance is connected to and how it runs.
 *
 * @param database a display form of the database, without credentials ("H2 ~/.taskdeck",
 *     "PostgreSQL db:5432/prod")
 * @param executing true when this node runs tasks, false when it only manages (--no-execute)
 * @param state the engine state: STARTING, RUNNING, STANDBY, STOPPING, STOPPED
 * @param runningAttempts attempts running on this node now
 * @param notExecutingReason why an executing node does not run work right now (its clock is off the
 *     database's, it cannot renew its check-in, another process took its node id), or null
 * @param retainExecutions execution rows older than this are deleted (zero: kept); null if unknown
 * @param retainFinished finished one-shot tasks older than this are deleted (zero: kept); null if
 *     unknown
 */
public record EngineInfo(
    String nodeId,
    String database,
    boolean executing,
    String state,
    int runningAttempts,
    String notExecutingReason,
    java.time.Duration retainExecutions,
    java.time.Duration retainFinished) {

  public EngineInfo(
      String nodeId, String database, boolean executing, String state, int runningAttempts) {
    this(nodeId, database, executing, state, runningAttempts, null);
  }

  public EngineInfo(
      String nodeId,
      String database,
      boolean executing,
      String state,
      int runningAttempts,
      String notExecutingReason) {
    this(nodeId, database, executing, state, runningAttempts, notExecutingReason, null, null);
  }
}
