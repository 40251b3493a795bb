package io.taskdeck.app;

import io.taskdeck.bench.BenchCommand;
import io.taskdeck.bench.BenchLogging;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of the jar and of the installers' launchers. It does not extend JavaFX's
 * Application, so the jar runs with JavaFX on the plain class path.
 */
public final class Main {
  /** Exit code for arguments that make no sense (picocli's usage code). */
  public static final int EXIT_BAD_ARGUMENTS = CommandLine.ExitCode.USAGE;

  /** Exit code when the database cannot be reached. */
  public static final int EXIT_DATABASE_UNREACHABLE = 3;

  /** The system property logback.xml reads for the log directory. */
  static final String LOG_DIR_PROPERTY = "taskdeck.logdir";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args} and runs the chosen mode; returns the process exit code. */
  public static int run(String... args) {
    CliOptions options = new CliOptions();
    CommandLine cli = new CommandLine(options);
    cli.addSubcommand("bench", new BenchCommand(Clock.systemUTC(), System.out));
    cli.addSubcommand(
        "token", tokenCommand(new TokenCommand(System.out, System.err, System.getenv())));
    cli.addSubcommand(
        "export", new ExportCommand(System.out, System.err, System.getenv(), BenchLogging::quiet));
    cli.addSubcommand(
        "apply", new ApplyCommand(System.out, System.err, System.getenv(), BenchLogging::quiet));
    cli.setExecutionStrategy(parsed -> execute(cli, parsed, options));
    return cli.execute(args);
  }

  /** {@code token} with its create, list and revoke. */
  static CommandLine tokenCommand(TokenCommand token) {
    CommandLine cli = new CommandLine(token);
    for (Object sub : token.subcommands()) {
      cli.addSubcommand(sub);
    }
    return cli;
  }

  private static int execute(CommandLine cli, ParseResult parsed, CliOptions options) {
    Integer helpExit = CommandLine.executeHelpRequest(parsed);
    if (helpExit != null) {
      return helpExit;
    }
    if (parsed.subcommand() != null) {
      return new CommandLine.RunLast().execute(parsed);
    }
    OptionChecks.check(cli, options, System.getenv());
    useLogDirOf(options);
    return new Launcher(options, System.getenv()).launch();
  }

  /** Points the log file at the data dir; must run before the first logger is created. */
  private static void useLogDirOf(CliOptions options) {
    if (System.getProperty(LOG_DIR_PROPERTY) == null) {
      System.setProperty(LOG_DIR_PROPERTY, options.dataDir().resolve("logs").toString());
    }
  }

  /** Raised for an option value that parses but makes no sense; exits with code 2. */
  static ParameterException badArgument(CommandLine cli, String message) {
    return new ParameterException(cli, message);
  }
}
