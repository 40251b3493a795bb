package io.taskdeck.app;

import io.taskdeck.core.Actor;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What export and apply share: the database options, quiet logging and a manage-only engine. */
abstract class DefinitionsCommand implements Callable<Integer> {
  /** Exit code of an apply whose file has errors (nothing applied). */
  static final int EXIT_FILE_ERRORS = 1;

  @Mixin DbOptions db = new DbOptions();

  @Spec CommandSpec spec;

  final PrintStream out;
  final PrintStream err;
  private final Map<String, String> env;
  private final Runnable loggingSetup;

  DefinitionsCommand(
      PrintStream out, PrintStream err, Map<String, String> env, Runnable loggingSetup) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.loggingSetup = loggingSetup;
  }

  /**
   * --format when given (a bad value exits 2 naming it), else the format {@code file}'s name
   * suggests, else YAML.
   */
  DefinitionsFormat format(String given, Path file) {
    if (given == null) {
      return file == null ? DefinitionsFormat.YAML : DefinitionsFormat.ofFileName(file.toString());
    }
    try {
      return DefinitionsFormat.named("--format", given);
    } catch (ValidationException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Runs {@code work} on a manage-only engine on the chosen database; 3 when it cannot be reached.
   */
  int withDefinitions(Function<DefinitionsService, Integer> work) {
    loggingSetup.run();
    AppContext context;
    try {
      context = AppContext.open(db.manageOnly(env), new EngineSettings(null, 1));
    } catch (StoreUnavailableException e) {
      err.println("taskdeck: " + e.getMessage());
      return Main.EXIT_DATABASE_UNREACHABLE;
    }
    try (context) {
      return work.apply(context.definitions().as(Actor.cli()));
    }
  }
}
