package io.taskdeck.app;

import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taskdeck export}: the live tasks and the calendars as a YAML or JSON file
 * (docs/export.md).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Write the live tasks and the calendars as YAML or JSON (secret values masked).")
final class ExportCommand extends DefinitionsCommand {
  @Option(
      names = "--group",
      paramLabel = "G",
      description = "Only this group's tasks and the calendars they use.")
  String group;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path outFile;

  @Option(
      names = "--format",
      paramLabel = "yaml|json",
      description = "Default: json when --out ends in .json, else yaml.")
  String format;

  ExportCommand(PrintStream out, PrintStream err, Map<String, String> env, Runnable loggingSetup) {
    super(out, err, env, loggingSetup);
  }

  @Override
  public Integer call() {
    DefinitionsFormat chosen = format(format, outFile);
    return withDefinitions(
        service -> {
          Definitions definitions = service.export(group);
          String text = new DefinitionsWriter().write(definitions, chosen);
          if (outFile == null) {
            out.print(text);
            out.flush();
            return 0;
          }
          try {
            Files.writeString(outFile, text);
          } catch (IOException e) {
            err.println("taskdeck export: --out: cannot write " + outFile + ": " + e.getMessage());
            return 1;
          }
          err.println(
              "exported "
                  + definitions.tasks().size()
                  + " tasks and "
                  + definitions.calendars().size()
                  + " calendars to "
                  + outFile);
          return 0;
        });
  }
}
