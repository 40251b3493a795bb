package io.taskdeck.ui.definitions;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** File → Export…: the file, an optional group, Export, and the progress and result in words. */
final class ExportDialog {
  private final ExportModel model;
  private final Dialog<Void> dialog;

  ExportDialog(ExportModel model, DefinitionsDialogs parts) {
    this.model = model;
    dialog = parts.frame("Export", "Export the live tasks and the calendars as YAML or JSON", "exportDialog");
    TextField group = new TextField();
    group.setId("exportGroup");
    group.setPromptText("all groups");
    group.textProperty().bindBidirectional(model.groupProperty());
    Button export = new Button("Export");
    export.setId("exportButton");
    export.setDefaultButton(true);
    export.disableProperty().bind(model.busyProperty());
    export.setOnAction(e -> model.export());
    Label message = new Label();
    message.setId("exportMessage");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    Label note = new Label("A .json file is written as JSON, any other as YAML. Secret values are written as ****.");
    note.getStyleClass().add("text-muted");
    note.setWrapText(true);
    VBox content = new VBox(10, parts.fileRow(model.fileProperty(), "export", true, () -> { }),
        new HBox(8, new Label("Group"), group), note,
        new HBox(8, export, DefinitionsDialogs.spinner(model.busyProperty()), message));
    content.setPrefWidth(620);
    dialog.getDialogPane().setContent(content);
  }

  void show() {
    dialog.show();
  }
}
