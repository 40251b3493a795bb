package io.taskdeck.ui.definitions;

import io.taskdeck.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * File → Import… (ImportDialog.fxml): the file and the prune choice, the plan of a dry run (or the
 * file's errors with their lines), and Apply. Apply is never the default button: Enter shows the
 * plan again and Esc closes, also when Apply has the focus; only a click on Apply (or Space on it)
 * changes the database.
 */
final class ImportDialog {
  private static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OTHER);
  private final Dialog<Void> dialog;
  @FXML private TextField importFile;
  @FXML private Button importBrowse;
  @FXML private CheckBox importPrune;
  @FXML private Button importCheck;
  @FXML private ProgressIndicator importProgress;
  @FXML private Label importSummary;
  @FXML private ListView<String> importChanges;
  @FXML private ListView<String> importErrors;

  ImportDialog(ImportModel model, DefinitionsDialogs parts) {
    VBox content = Fxml.load(this, "ImportDialog.fxml");
    importFile.textProperty().bindBidirectional(model.fileProperty());
    parts.browse(importBrowse, model.fileProperty(), false, model::check);
    importPrune.selectedProperty().bindBidirectional(model.pruneProperty());
    importCheck.disableProperty().bind(model.busyProperty());
    importCheck.setOnAction(e -> model.check());
    DefinitionsDialogs.showWhile(importProgress, model.busyProperty());
    importSummary.textProperty().bind(model.summaryProperty());
    show(importChanges, model.changes());
    show(importErrors, model.errors());
    dialog =
        parts.frame(
            "Import",
            "Make the database say what a file says: check the plan, then Apply",
            "importDialog");
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(0, APPLY);
    Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
    apply.setId("applyButton");
    apply.setDefaultButton(false);
    apply.disableProperty().bind(model.canApplyProperty().not().or(model.busyProperty()));
    // a focused button fires on Enter too: on Apply, Enter does nothing
    apply.addEventFilter(
        KeyEvent.ANY,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            e.consume();
          }
        });
    apply.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // the dialog stays open to show what was applied
          model.apply();
        });
    dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("importClose");
  }

  private static void show(ListView<String> view, javafx.collections.ObservableList<String> items) {
    view.setItems(items);
    view.visibleProperty().bind(Bindings.isNotEmpty(items));
    view.managedProperty().bind(view.visibleProperty());
  }

  void show() {
    dialog.show();
  }
}
