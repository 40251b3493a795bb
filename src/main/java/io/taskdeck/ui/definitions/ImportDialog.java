package io.taskdeck.ui.definitions;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * File → Import…: the file and the prune choice, the plan of a dry run (or the file's errors with
 * their lines), and Apply. Apply is never the default button: Enter shows the plan again and Esc
 * closes, also when Apply has the focus; only a click on Apply (or Space on it) changes the database.
 */
final class ImportDialog {
  private static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OTHER);
  private final Dialog<Void> dialog;

  ImportDialog(ImportModel model, DefinitionsDialogs parts) {
    dialog = parts.frame("Import", "Make the database say what a file says: check the plan, then Apply",
        "importDialog");
    CheckBox prune = new CheckBox("Also cancel the live tasks of the file's groups that the file does not name (prune)");
    prune.setId("importPrune");
    prune.selectedProperty().bindBidirectional(model.pruneProperty());
    Button check = new Button("Show plan");
    check.setId("importCheck");
    check.setDefaultButton(true);
    check.disableProperty().bind(model.busyProperty());
    check.setOnAction(e -> model.check());
    Label summary = new Label();
    summary.setId("importSummary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    VBox content = new VBox(10, parts.fileRow(model.fileProperty(), "import", false, model::check), prune,
        new HBox(8, check, DefinitionsDialogs.spinner(model.busyProperty()), summary),
        list(model.changes(), "importChanges", null), list(model.errors(), "importErrors", "danger"));
    content.setPrefWidth(720);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(0, APPLY);
    Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
    apply.setId("applyButton");
    apply.setDefaultButton(false);
    apply.disableProperty().bind(model.canApplyProperty().not().or(model.busyProperty()));
    // a focused button fires on Enter too: on Apply, Enter does nothing (a click or Space applies)
    apply.addEventFilter(KeyEvent.ANY, e -> {
      if (e.getCode() == KeyCode.ENTER) {
        e.consume();
      }
    });
    apply.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume(); // the dialog stays open to show what was applied
      model.apply();
    });
    dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("importClose");
  }

  private static ListView<String> list(javafx.collections.ObservableList<String> items, String id, String style) {
    ListView<String> view = new ListView<>(items);
    view.setId(id);
    view.setPrefHeight(180);
    if (style != null) {
      view.getStyleClass().add(style);
    }
    view.visibleProperty().bind(Bindings.isNotEmpty(items));
    view.managedProperty().bind(view.visibleProperty());
    return view;
  }

  void show() {
    dialog.show();
  }
}
