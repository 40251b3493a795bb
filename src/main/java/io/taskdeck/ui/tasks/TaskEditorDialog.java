package io.taskdeck.ui.tasks;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.common.Converters;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.Labels;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The new/edit task dialog; Save stays disabled while anything is invalid. */
final class TaskEditorDialog {
  private final TaskEditorViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
  private final DialogService dialogs;
  private final TextField nameField = field("taskName", null, "Backup database");
  private boolean saved;

  TaskEditorDialog(TaskEditorViewModel model, DialogService dialogs, Window owner) {
    this.model = model;
    this.dialogs = dialogs;
    nameField.textProperty().bindBidirectional(model.nameProperty());
    dialog.initOwner(owner);
    dialog.setTitle(model.editingExisting() ? "Edit task" : "New task");
    dialog.setResizable(true);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().setPrefSize(960, 700);
    dialog.getDialogPane().setMinSize(900, 600);
    dialog.getDialogPane().getStyleClass().add("task-editor");
    dialog.getDialogPane().setId("taskEditor");
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.setId("saveTaskButton");
    saveButton.disableProperty().bind(model.canSaveBinding().not());
    // focus starts on the name, never on a button a stray key would press
    dialog.setOnShown(e -> Platform.runLater(nameField::requestFocus));
    dialog.setOnCloseRequest(e -> {
      if (!saved && model.dirtyBinding().get() && !dialogs.confirm("Unsaved changes", "Discard your changes?",
          "The task keeps its saved definition.", "Discard changes")) {
        e.consume();
      }
    });
  }

  /** Opens the dialog; {@code onSaved} runs after a successful save, which closes it. */
  void show(Consumer<Task> onSaved) {
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      model.save(task -> {
        saved = true;
        dialog.setResult(save);
        dialog.close();
        onSaved.accept(task);
      });
    });
    dialog.show();
  }

  private Node content() {
    VBox left = new VBox(18, section("General", general()), section("What it does", action()));
    VBox right = new VBox(18, section("When it runs", new ScheduleBuilderView(model.schedule()).build()),
        section("Policies", policies()));
    HBox columns = new HBox(28, left, right);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    left.setPrefWidth(440);
    right.setPrefWidth(440);
    Label saveError = FormErrors.label(
        Bindings.createStringBinding(model.saveErrorProperty()::get, model.saveErrorProperty()),
        "saveError");
    VBox box = new VBox(12, columns, saveError);
    box.setPadding(new Insets(8, 4, 8, 4));
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    return scroll;
  }

  private static Node section(String title, Node body) {
    Label label = new Label(title);
    label.getStyleClass().addAll("title-4", "section-title");
    return new VBox(10, label, body);
  }

  private Node general() {
    GridPane g = grid();
    row(g, 0, "Name", nameField, "name");
    row(g, 1, "Group", field("taskGroup", model.groupProperty(), "ops (optional)"), "group");
    TextArea desc = area("taskDescription", model.descriptionProperty(), 2);
    desc.setPromptText("What this task is for (optional)");
    row(g, 2, "Description", desc, "description");
    return g;
  }

  private Node action() {
    ComboBox<TaskType> type = new ComboBox<>();
    type.setId("taskType");
    type.getItems().addAll(TaskType.values());
    type.setConverter(Converters.of(Labels::of));
    type.valueProperty().bindBidirectional(model.typeProperty());
    GridPane shell = grid();
    row(shell, 0, "Command", field("shellCommand", model.commandProperty(), "echo hello"), "payload.command");
    row(shell, 1, "Working dir", field("shellWorkingDir", model.workingDirProperty(), "/tmp (optional)"), "payload.working_dir");
    TextArea env = area("shellEnv", model.envProperty(), 2);
    env.setPromptText("KEY=value, one per line");
    row(shell, 2, "Environment", env, "payload.env");
    GridPane http = grid();
    ComboBox<String> method = new ComboBox<>();
    method.getItems().addAll("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    method.valueProperty().bindBidirectional(model.methodProperty());
    row(http, 0, "Method", method, "payload.method");
    row(http, 1, "URL", field("httpUrl", model.urlProperty(), "https://example.com/hook"), "payload.url");
    TextArea headers = area("httpHeaders", model.headersProperty(), 2);
    headers.setPromptText("Name: value, one per line");
    row(http, 2, "Headers", headers, "payload.headers");
    row(http, 3, "Body", area("httpBody", model.bodyProperty(), 3), "payload.body");
    row(http, 4, "Expect status", field("httpExpect", model.expectStatusProperty(), "200-299"), "payload.expect_status");
    showFor(shell, TaskType.SHELL);
    showFor(http, TaskType.HTTP);
    Label noop = new Label("A marker task: it does nothing and succeeds at once.");
    noop.getStyleClass().add("text-muted");
    showFor(noop, TaskType.NOOP);
    GridPane common = grid();
    row(common, 0, "Type", type, "type");
    GridPane timeout = grid();
    row(timeout, 0, "Timeout", field("taskTimeout", model.timeoutProperty(), "1h"), "timeout");
    timeout.visibleProperty().bind(model.typeProperty().isNotEqualTo(TaskType.NOOP));
    timeout.managedProperty().bind(timeout.visibleProperty());
    return new VBox(8, common, shell, http, noop, timeout);
  }

  private void showFor(Node node, TaskType type) {
    node.visibleProperty().bind(model.typeProperty().isEqualTo(type));
    node.managedProperty().bind(node.visibleProperty());
  }

  private Node policies() {
    GridPane g = grid();
    row(g, 0, "Priority", field("taskPriority", model.priorityProperty(), "5"), "priority");
    row(g, 1, "Max attempts", field("retryMaxAttempts", model.maxAttemptsProperty(), "3"), "retry.max_attempts");
    HBox backoff = new HBox(6, narrow(field("retryInitialDelay", model.initialDelayProperty(), "5s")), fixed(new Label("×")),
        narrow(field("retryMultiplier", model.multiplierProperty(), "2.0")), fixed(new Label("up to")),
        narrow(field("retryMaxDelay", model.maxDelayProperty(), "1h")), fixed(new Label("±")),
        narrow(field("retryJitter", model.jitterProperty(), "0.0")));
    backoff.setAlignment(Pos.CENTER_LEFT);
    VBox backoffBox = new VBox(4, backoff, error("retry.initial_delay"), error("retry.multiplier"),
        error("retry.jitter"));
    row(g, 2, "Retry backoff", backoffBox, "retry.max_delay");
    ComboBox<MisfirePolicy> misfire = new ComboBox<>();
    misfire.getItems().addAll(MisfirePolicy.values());
    misfire.setConverter(Converters.of(Labels::of));
    misfire.valueProperty().bindBidirectional(model.misfireProperty());
    row(g, 3, "Misfire", misfire, "misfire");
    row(g, 4, "Calendar", field("taskCalendar", model.calendarProperty(), "holidays (optional)"), "calendar");
    return g;
  }

  private static TextField narrow(TextField f) {
    f.setPrefColumnCount(4);
    return f;
  }

  private static Label fixed(Label l) {
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints(100);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    g.getColumnConstraints().addAll(labels, fields);
    return g;
  }

  private void row(GridPane g, int row, String label, Node control, String field) {
    Label l = new Label(label);
    l.getStyleClass().add("field-label");
    if (control instanceof Region r) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    g.add(l, 0, row);
    g.add(new VBox(3, control, error(field)), 1, row);
    GridPane.setValignment(l, VPos.TOP);
  }

  private Label error(String field) {
    return FormErrors.label(model.errors().message(field), "error-" + field.replace('.', '-'));
  }

  private static TextField field(String id, StringProperty p, String prompt) {
    TextField f = new TextField();
    bind(f, id, p);
    f.setPromptText(prompt);
    return f;
  }

  private static TextArea area(String id, StringProperty p, int rows) {
    TextArea a = new TextArea();
    bind(a, id, p);
    a.setPrefRowCount(rows);
    a.setWrapText(true);
    return a;
  }

  private static void bind(TextInputControl c, String id, StringProperty p) {
    c.setId(id);
    if (p != null) {
      c.textProperty().bindBidirectional(p);
    }
  }
}
