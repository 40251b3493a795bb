package io.taskdeck.app;

import io.taskdeck.core.definitions.ApplyPlan;
import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsException;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsProblem;
import io.taskdeck.core.definitions.DefinitionsReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taskdeck apply FILE}: makes the database say what the file says (docs/export.md). Every
 * error of the file is printed as {@code FILE:LINE:COLUMN: message}, and then nothing is applied.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Create, update (and with --prune cancel) tasks and calendars so that they match FILE.")
final class ApplyCommand extends DefinitionsCommand {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A YAML or JSON file as taskdeck export writes it.")
  Path file;

  @Option(names = "--dry-run", description = "Print the plan and change nothing.")
  boolean dryRun;

  @Option(
      names = "--prune",
      description = "Also cancel the live tasks of the file's groups that the file does not name.")
  boolean prune;

  @Option(
      names = "--format",
      paramLabel = "yaml|json",
      description = "Default: json for a .json file, else yaml.")
  String format;

  ApplyCommand(PrintStream out, PrintStream err, Map<String, String> env, Runnable loggingSetup) {
    super(out, err, env, loggingSetup);
  }

  @Override
  public Integer call() {
    DefinitionsFormat chosen = format(format, file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("taskdeck apply: FILE: cannot read " + file + ": " + e.getMessage());
      return Main.EXIT_BAD_ARGUMENTS;
    }
    Definitions definitions;
    try {
      definitions = new DefinitionsReader().read(bytes, chosen);
    } catch (DefinitionsException e) {
      return report(e);
    }
    return withDefinitions(
        service -> {
          try {
            ApplyPlan plan = service.apply(definitions, prune, dryRun);
            plan.changes().forEach(c -> out.println(c.describe()));
            out.println(plan.summary());
            return 0;
          } catch (DefinitionsException e) {
            return report(e);
          }
        });
  }

  private int report(DefinitionsException e) {
    for (DefinitionsProblem p : e.problems()) {
      err.println(file + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }
    err.println(
        e.problems().size()
            + (e.problems().size() == 1 ? " error" : " errors")
            + " in "
            + file
            + "; nothing applied");
    return EXIT_FILE_ERRORS;
  }
}
