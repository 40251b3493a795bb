package io.taskdeck.app;

import io.taskdeck.core.Bounds;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.RetentionSettings;
import io.taskdeck.engine.TaskEnvironment;
import java.time.Duration;
import java.util.Set;

/**
 * The per-process engine settings that come from the command line (the database and the executing
 * mode come from the {@link io.taskdeck.core.ConnectionProfile}).
 *
 * @param nodeId this node's id, or null to generate one (host-pid-random)
 * @param workerThreads threads that run tasks
 * @param misfireThreshold how late a run may start before it counts as missed; null for the default
 * @param taskEnvironment what a shell task sees of this process's environment
 * @param minInterval the shortest interval a task may have
 * @param retention how long old execution rows and finished tasks are kept
 * @param auditRetention how long audit rows are kept (zero: for ever)
 */
public record EngineSettings(
    String nodeId,
    int workerThreads,
    Duration misfireThreshold,
    TaskEnvironment taskEnvironment,
    Duration minInterval,
    RetentionSettings retention,
    Duration auditRetention) {
  public EngineSettings(String nodeId, int workerThreads) {
    this(
        nodeId,
        workerThreads,
        null,
        TaskEnvironment.DEFAULT,
        Bounds.MIN_INTERVAL,
        RetentionSettings.DEFAULT,
        EngineConfig.DEFAULT_AUDIT_RETENTION);
  }

  public static EngineSettings from(CliOptions options) {
    TaskEnvironment env =
        new TaskEnvironment(
            options.taskEnvAllow(), Set.of(options.dbPasswordEnv(), options.apiTokenEnv()));
    return new EngineSettings(
        options.nodeId(),
        options.workerThreads(),
        null,
        env,
        options.minInterval(),
        options.retention(),
        options.retainAudit());
  }

  /** With a misfire threshold (null: the engine's default). */
  public EngineSettings withMisfireThreshold(Duration threshold) {
    return new EngineSettings(
        nodeId, workerThreads, threshold, taskEnvironment, minInterval, retention, auditRetention);
  }

  public EngineSettings withWorkerThreads(int threads) {
    return new EngineSettings(
        nodeId, threads, misfireThreshold, taskEnvironment, minInterval, retention, auditRetention);
  }
}
