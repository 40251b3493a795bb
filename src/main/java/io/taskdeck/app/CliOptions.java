package io.taskdeck.app;

import io.taskdeck.core.Bounds;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.RetentionSettings;
import io.taskdeck.engine.TaskEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of README, "Command line". Secrets never go on it: only the names of variables
 * do.
 */
@Command(
    name = "taskdeck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Taskdeck: scheduled tasks on a clustered Quartz engine.",
      "Without --headless it opens the desktop window."
    })
public final class CliOptions {
  public static final String DEFAULT_DB_PASSWORD_ENV = "TASKDECK_DB_PASSWORD";
  public static final String DEFAULT_API_TOKEN_ENV = "TASKDECK_API_TOKEN";

  @Option(names = "--headless", description = "Run the engine, REST API and metrics without a GUI.")
  boolean headless;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (embedded database, logs, config). Default: ~/.taskdeck")
  Path dataDir = Path.of(System.getProperty("user.home"), ".taskdeck");

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database URL. Default: the embedded H2 in the data dir. jdbc:postgresql:... joins a cluster.")
  String db;

  @Option(names = "--db-user", paramLabel = "U", description = "Database user.")
  String dbUser;

  @Option(
      names = "--db-password-env",
      paramLabel = "VAR",
      description = "Environment variable holding the database password. Default: ${DEFAULT-VALUE}")
  String dbPasswordEnv = DEFAULT_DB_PASSWORD_ENV;

  @Option(
      names = "--http-host",
      paramLabel = "HOST",
      description =
          "Address the API binds to. Default: ${DEFAULT-VALUE}. Non-loopback needs an API token.")
  String httpHost = "127.0.0.1";

  @Option(
      names = "--http-port",
      paramLabel = "N",
      description = "API port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
  int httpPort = 8080;

  @Option(
      names = "--api-token-env",
      paramLabel = "VAR",
      description = "Environment variable holding the API token. Default: ${DEFAULT-VALUE}")
  String apiTokenEnv = DEFAULT_API_TOKEN_ENV;

  @Option(
      names = "--node-id",
      paramLabel = "ID",
      description = "This node's id in the cluster. Default: host-pid-random.")
  String nodeId;

  @Option(
      names = "--worker-threads",
      paramLabel = "N",
      description = "Threads that run tasks. Default: ${DEFAULT-VALUE}")
  int workerThreads = 10;

  @Option(
      names = "--no-execute",
      description =
          "Join the cluster to manage it, but run no tasks (the scheduler is never started).")
  boolean noExecute;

  @Option(
      names = "--task-env-allow",
      paramLabel = "VARS",
      split = ",",
      description =
          "Server variables a shell task sees (names, or prefixes ending in *); the task's own env is added."
              + " TASKDECK_* and the variables of --db-password-env/--api-token-env never reach a task."
              + " Default: ${DEFAULT-VALUE}")
  List<String> taskEnvAllow = new ArrayList<>(TaskEnvironment.DEFAULT_ALLOWED);

  @Option(
      names = "--min-interval",
      paramLabel = "DURATION",
      description =
          "The shortest interval a task may have (ISO-8601, at least PT1S). Default: ${DEFAULT-VALUE}")
  Duration minInterval = Bounds.MIN_INTERVAL;

  @Option(
      names = "--retain-executions",
      paramLabel = "PERIOD",
      converter = RetentionPeriodConverter.class,
      description =
          "Delete execution rows that finished longer ago than this (ISO-8601, e.g. P30D; 0 keeps them all)."
              + " Default: ${DEFAULT-VALUE}")
  Duration retainExecutions = RetentionSettings.DEFAULT_RETAIN;

  @Option(
      names = "--retain-finished",
      paramLabel = "PERIOD",
      converter = RetentionPeriodConverter.class,
      description =
          "Delete finished one-shot tasks (COMPLETED, CANCELLED, FAILED without an open dead letter) last"
              + " changed longer ago than this, with their runs (0 keeps them all). Default: ${DEFAULT-VALUE}")
  Duration retainFinished = RetentionSettings.DEFAULT_RETAIN;

  @Option(
      names = "--retain-audit",
      paramLabel = "PERIOD",
      converter = RetentionPeriodConverter.class,
      description =
          "Delete audit rows older than this (ISO-8601, e.g. P365D; 0 keeps them all). Default: ${DEFAULT-VALUE}")
  Duration retainAudit = EngineConfig.DEFAULT_AUDIT_RETENTION;

  public boolean headless() {
    return headless;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String db() {
    return db;
  }

  public String dbUser() {
    return dbUser;
  }

  public String dbPasswordEnv() {
    return dbPasswordEnv;
  }

  public String httpHost() {
    return httpHost;
  }

  public int httpPort() {
    return httpPort;
  }

  public String apiTokenEnv() {
    return apiTokenEnv;
  }

  public String nodeId() {
    return nodeId;
  }

  public int workerThreads() {
    return workerThreads;
  }

  public boolean noExecute() {
    return noExecute;
  }

  public List<String> taskEnvAllow() {
    return List.copyOf(taskEnvAllow);
  }

  public Duration minInterval() {
    return minInterval;
  }

  public RetentionSettings retention() {
    return RetentionSettings.of(retainExecutions, retainFinished);
  }

  public Duration retainAudit() {
    return retainAudit;
  }
}
