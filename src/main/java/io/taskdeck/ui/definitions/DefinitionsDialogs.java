package io.taskdeck.ui.definitions;

import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.UiExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Opens File → Export… and Import… for the main window, and holds what both dialogs share: Browse…
 * (the system's file chooser), the progress indicator and the dialog frame.
 */
public final class DefinitionsDialogs {
  private final DefinitionsService service;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final Supplier<Window> owner;
  private final Runnable onApplied;
  private final Path initialDir;

  /**
   * @param onApplied runs on the UI thread after an import changed something
   */
  public DefinitionsDialogs(
      DefinitionsService service,
      UiExecutor executor,
      DialogService dialogs,
      Supplier<Window> owner,
      Runnable onApplied,
      Path initialDir) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.owner = owner;
    this.onApplied = onApplied;
    this.initialDir = initialDir;
  }

  public void openExport() {
    ExportModel model =
        new ExportModel(service, executor, dialogs, initialDir.resolve("taskdeck-export.yaml"));
    new ExportDialog(model, this).show();
  }

  public void openImport() {
    new ImportDialog(new ImportModel(service, executor, onApplied), this).show();
  }

  Dialog<Void> frame(String title, String header, String id) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner.get());
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.setResizable(true);
    dialog.getDialogPane().setId(id);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    return dialog;
  }

  /**
   * Browse… opens the system's file chooser; {@code chosen} runs after a file was picked into
   * {@code file}.
   */
  void browse(Button browse, StringProperty file, boolean save, Runnable chosen) {
    browse.setOnAction(
        e ->
            choose(file, save)
                .ifPresent(
                    f -> {
                      file.set(f.getPath());
                      chosen.run();
                    }));
  }

  private java.util.Optional<File> choose(StringProperty file, boolean save) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(save ? "Export to" : "Import from");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Taskdeck files (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File current =
        file.get() == null || file.get().isBlank()
            ? initialDir.toFile()
            : new File(file.get().trim());
    File dir = current.isDirectory() ? current : current.getParentFile();
    if (dir != null && dir.isDirectory()) {
      chooser.setInitialDirectory(dir);
    }
    if (save && !current.isDirectory()) {
      chooser.setInitialFileName(current.getName());
    }
    return java.util.Optional.ofNullable(
        save ? chooser.showSaveDialog(owner.get()) : chooser.showOpenDialog(owner.get()));
  }

  static void showWhile(
      ProgressIndicator progress, javafx.beans.value.ObservableBooleanValue busy) {
    progress.visibleProperty().bind(busy);
    progress.managedProperty().bind(busy);
  }
}
