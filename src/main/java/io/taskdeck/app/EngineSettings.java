package io.taskdeck.app;

/**
 * The per-process engine settings that come from the command line (the database and the
 * executing mode come from the {@link io.taskdeck.core.ConnectionProfile}).
 *
 * @param nodeId this node's id, or null to generate one (host-pid-random)
 * @param workerThreads threads that run tasks
 */
public record EngineSettings(String nodeId, int workerThreads) {
  public static EngineSettings from(CliOptions options) {
    return new EngineSettings(options.nodeId(), options.workerThreads());
  }
}
