package io.taskdeck.ui.definitions;

import io.taskdeck.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * File → Export… (ExportDialog.fxml): the file, an optional group, Export, and the progress and
 * result in words.
 */
final class ExportDialog {
  private final Dialog<Void> dialog;
  @FXML private TextField exportFile;
  @FXML private Button exportBrowse;
  @FXML private TextField exportGroup;
  @FXML private Button exportButton;
  @FXML private ProgressIndicator exportProgress;
  @FXML private Label exportMessage;

  ExportDialog(ExportModel model, DefinitionsDialogs parts) {
    VBox content = Fxml.load(this, "ExportDialog.fxml");
    exportFile.textProperty().bindBidirectional(model.fileProperty());
    parts.browse(exportBrowse, model.fileProperty(), true, () -> {});
    exportGroup.textProperty().bindBidirectional(model.groupProperty());
    exportButton.disableProperty().bind(model.busyProperty());
    exportButton.setOnAction(e -> model.export());
    DefinitionsDialogs.showWhile(exportProgress, model.busyProperty());
    exportMessage.textProperty().bind(model.messageProperty());
    dialog =
        parts.frame(
            "Export", "Export the live tasks and the calendars as YAML or JSON", "exportDialog");
    dialog.getDialogPane().setContent(content);
  }

  void show() {
    dialog.show();
  }
}
