package io.taskdeck.app;

import io.taskdeck.core.ConnectionProfile;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The database options every subcommand shares with the main command (DESIGN.md §4). */
final class DbOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory of the embedded database. Default: ~/.taskdeck")
  Path dataDir = Path.of(System.getProperty("user.home"), ".taskdeck");

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Database URL. Default: the embedded H2 in the data dir.")
  String db;

  @Option(names = "--db-user", paramLabel = "U", description = "Database user.")
  String dbUser;

  @Option(
      names = "--db-password-env",
      paramLabel = "VAR",
      description = "Environment variable holding the database password. Default: ${DEFAULT-VALUE}")
  String dbPasswordEnv = CliOptions.DEFAULT_DB_PASSWORD_ENV;

  /**
   * A manage-only profile: a command joins the cluster to read or change definitions, and runs no
   * task.
   */
  ConnectionProfile manageOnly(Map<String, String> env) {
    return Profiles.of(dataDir, db, dbUser, env.get(dbPasswordEnv), false);
  }
}
