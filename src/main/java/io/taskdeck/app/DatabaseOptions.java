package io.taskdeck.app;

import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The database options every subcommand shares with the main command (DESIGN.md §4). */
final class DatabaseOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory of the embedded database. Default: ~/.taskdeck")
  Path dataDir = Path.of(System.getProperty("user.home"), ".taskdeck");

  @Option(
      names = {"--db", "--db-url"},
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

  /** The database these options name, with the password read from {@code env}. */
  DatabaseConfig config(Map<String, String> env) {
    String url = db == null ? Database.defaultH2Url(dataDir) : db;
    return DatabaseConfig.of(url, dbUser, env.get(dbPasswordEnv)).withMaxPoolSize(2);
  }
}
