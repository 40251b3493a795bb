package io.taskdeck.ui.definitions;

import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.definitions.DefinitionsWriter;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Export…: writes the live tasks and the calendars (optionally one group's) to a YAML or
 * JSON file, the format chosen by the file's name as {@code taskdeck export --out} does. The export
 * and the write run off the UI thread; an existing file is replaced only when the user confirms.
 */
public final class ExportModel {
  private static final Logger log = LoggerFactory.getLogger(ExportModel.class);

  private final DefinitionsService service;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final StringProperty file = new SimpleStringProperty("");
  private final StringProperty group = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");

  public ExportModel(
      DefinitionsService service, UiExecutor executor, DialogService dialogs, Path initialFile) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    file.set(initialFile.toString());
  }

  public StringProperty fileProperty() {
    return file;
  }

  /** One group's tasks (and the calendars they use); blank for all. */
  public StringProperty groupProperty() {
    return group;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  /** Progress, then the result or the error, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  /** Exports to the chosen file, asking first when it exists. */
  public void export() {
    if (busy.get()) {
      return;
    }
    String name = file.get() == null ? "" : file.get().trim();
    if (name.isEmpty()) {
      message.set("Choose a file to export to");
      return;
    }
    Path path = Path.of(name);
    busy.set(true);
    message.set("Checking " + path + "…");
    executor.submit(
        () -> Files.exists(path),
        exists -> {
          if (exists
              && !dialogs.confirm(
                  "Export",
                  "Replace " + path.getFileName() + "?",
                  path + " exists. Exporting replaces its content.",
                  "Replace")) {
            busy.set(false);
            message.set("Not exported: " + path + " was kept");
            return;
          }
          write(path);
        },
        e -> failed(path, e));
  }

  private void write(Path path) {
    String g = group.get() == null || group.get().isBlank() ? null : group.get().trim();
    message.set("Exporting " + (g == null ? "all groups" : "group " + g) + " to " + path + "…");
    executor.submit(
        () -> {
          Definitions definitions = service.export(g);
          Files.writeString(
              path,
              new DefinitionsWriter()
                  .write(definitions, DefinitionsFormat.ofFileName(path.toString())));
          return definitions;
        },
        d -> {
          busy.set(false);
          message.set(
              "Exported "
                  + count(d.tasks().size(), "task")
                  + " and "
                  + count(d.calendars().size(), "calendar")
                  + " to "
                  + path);
        },
        e -> failed(path, e));
  }

  private void failed(Path path, Throwable e) {
    log.warn("Export to {} failed", path, e);
    busy.set(false);
    message.set("Could not export to " + path + ": " + e.getMessage());
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
