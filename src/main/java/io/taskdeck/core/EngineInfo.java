package io.taskdeck.core;

/**
 * What this instance is connected to and how it runs.
 *
 * @param database a display form of the database, without credentials ("H2 ~/.taskdeck", "PostgreSQL db:5432/prod")
 * @param executing true when this node runs tasks, false when it only manages (--no-execute)
 * @param state the engine state: STARTING, RUNNING, STANDBY, STOPPING, STOPPED
 * @param runningAttempts attempts running on this node now
 */
public record EngineInfo(
    String nodeId, String database, boolean executing, String state, int runningAttempts) {}
