package io.taskdeck.ui.tasks;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.common.Converters;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.Fxml;
import io.taskdeck.ui.common.Labels;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The new/edit task dialog: the layout is TaskEditor.fxml, this thin controller binds it to the
 * {@link TaskEditorViewModel}. Save stays disabled while anything is invalid; Esc asks before
 * unsaved changes are dropped; focus starts on the name.
 */
final class TaskEditorDialog {
  private final TaskEditorViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
  private boolean saved;

  @FXML private TextInputControl taskName;
  @FXML private TextInputControl taskGroup;
  @FXML private TextInputControl taskDescription;
  @FXML private ComboBox<TaskType> taskType;
  @FXML private TextInputControl shellCommand;
  @FXML private TextInputControl shellWorkingDir;
  @FXML private TextInputControl shellEnv;
  @FXML private ComboBox<String> httpMethod;
  @FXML private TextInputControl httpUrl;
  @FXML private TextInputControl httpHeaders;
  @FXML private TextInputControl httpBody;
  @FXML private TextInputControl httpExpect;
  @FXML private TextInputControl taskTimeout;
  @FXML private TextInputControl taskPriority;
  @FXML private TextInputControl retryMaxAttempts;
  @FXML private TextInputControl retryInitialDelay;
  @FXML private TextInputControl retryMultiplier;
  @FXML private TextInputControl retryMaxDelay;
  @FXML private TextInputControl retryJitter;
  @FXML private ComboBox<MisfirePolicy> taskMisfire;
  @FXML private TextInputControl taskCalendar;
  @FXML private Node shellFields;
  @FXML private Node httpFields;
  @FXML private Node noopNote;
  @FXML private Node timeoutFields;
  @FXML private VBox scheduleBox;
  @FXML private Label saveError;

  TaskEditorDialog(TaskEditorViewModel model, DialogService dialogs, Window owner) {
    this.model = model;
    ScrollPane content = Fxml.load(this, "TaskEditor.fxml");
    bind(content.getContent());
    dialog.initOwner(owner);
    dialog.setTitle(model.editingExisting() ? "Edit task" : "New task");
    dialog.setResizable(true);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().setPrefSize(960, 700);
    dialog.getDialogPane().setMinSize(900, 600);
    dialog.getDialogPane().getStyleClass().add("task-editor");
    dialog.getDialogPane().setId("taskEditor");
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.setId("saveTaskButton");
    saveButton.disableProperty().bind(model.canSaveBinding().not());
    // focus starts on the name, never on a button a stray key would press
    dialog.setOnShown(e -> Platform.runLater(taskName::requestFocus));
    dialog.setOnCloseRequest(
        e -> {
          if (!saved
              && model.dirtyBinding().get()
              && !dialogs.confirm(
                  "Unsaved changes",
                  "Discard your changes?",
                  "The task keeps its saved definition.",
                  "Discard changes")) {
            e.consume();
            // Esc set the result to Cancel; unless it is cleared, the next Esc changes nothing and
            // is ignored
            dialog.setResult(null);
          }
        });
  }

  /**
   * {@code layout}: the scroll pane's content (a scroll pane's lookups see nothing until it has a
   * skin).
   */
  private void bind(Node layout) {
    text(taskName, model.nameProperty());
    text(taskGroup, model.groupProperty());
    text(taskDescription, model.descriptionProperty());
    taskType.getItems().setAll(TaskType.values());
    taskType.setConverter(Converters.of(Labels::of));
    taskType.valueProperty().bindBidirectional(model.typeProperty());
    text(shellCommand, model.commandProperty());
    text(shellWorkingDir, model.workingDirProperty());
    text(shellEnv, model.envProperty());
    httpMethod.getItems().setAll("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    httpMethod.valueProperty().bindBidirectional(model.methodProperty());
    text(httpUrl, model.urlProperty());
    text(httpHeaders, model.headersProperty());
    text(httpBody, model.bodyProperty());
    text(httpExpect, model.expectStatusProperty());
    text(taskTimeout, model.timeoutProperty());
    text(taskPriority, model.priorityProperty());
    text(retryMaxAttempts, model.maxAttemptsProperty());
    text(retryInitialDelay, model.initialDelayProperty());
    text(retryMultiplier, model.multiplierProperty());
    text(retryMaxDelay, model.maxDelayProperty());
    text(retryJitter, model.jitterProperty());
    taskMisfire.getItems().setAll(MisfirePolicy.values());
    taskMisfire.setConverter(Converters.of(Labels::of));
    taskMisfire.valueProperty().bindBidirectional(model.misfireProperty());
    text(taskCalendar, model.calendarProperty());
    showFor(shellFields, TaskType.SHELL);
    showFor(httpFields, TaskType.HTTP);
    showFor(noopNote, TaskType.NOOP);
    timeoutFields.visibleProperty().bind(model.typeProperty().isNotEqualTo(TaskType.NOOP));
    timeoutFields.managedProperty().bind(timeoutFields.visibleProperty());
    scheduleBox.getChildren().setAll(new ScheduleBuilderView(model.schedule()).build());
    FormErrors.bindAll(layout, model.errors());
    FormErrors.bind(
        saveError,
        Bindings.createStringBinding(model.saveErrorProperty()::get, model.saveErrorProperty()));
  }

  /** Opens the dialog; {@code onSaved} runs after a successful save, which closes it. */
  void show(Consumer<Task> onSaved) {
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          model.save(
              task -> {
                saved = true;
                dialog.setResult(save);
                dialog.close();
                onSaved.accept(task);
              });
        });
    dialog.show();
  }

  private void showFor(Node node, TaskType type) {
    node.visibleProperty().bind(model.typeProperty().isEqualTo(type));
    node.managedProperty().bind(node.visibleProperty());
  }

  private static void text(TextInputControl c, StringProperty p) {
    c.textProperty().bindBidirectional(p);
  }
}
