package io.taskdeck.app;

/**
 * The per-process engine settings that come from the command line (the database and the
 * executing mode come from the {@link io.taskdeck.core.ConnectionProfile}).
 *
 * @param nodeId this node's id, or null to generate one (host-pid-random)
 * @param workerThreads threads that run tasks
 * @param misfireThreshold how late a run may start before it counts as missed; null for the default
 */
public record EngineSettings(String nodeId, int workerThreads, java.time.Duration misfireThreshold) {
  public EngineSettings(String nodeId, int workerThreads) {
    this(nodeId, workerThreads, null);
  }

  public static EngineSettings from(CliOptions options) {
    return new EngineSettings(options.nodeId(), options.workerThreads());
  }

  /** With a misfire threshold (null: the engine's default). */
  public EngineSettings withMisfireThreshold(java.time.Duration threshold) {
    return new EngineSettings(nodeId, workerThreads, threshold);
  }

  public EngineSettings withWorkerThreads(int threads) {
    return new EngineSettings(nodeId, threads, misfireThreshold);
  }
}
