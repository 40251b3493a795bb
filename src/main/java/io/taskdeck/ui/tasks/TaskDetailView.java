package io.taskdeck.ui.tasks;

import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.ui.audit.AuditViewModel;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The detail pane beside the tasks table. */
final class TaskDetailView {
  private final TaskDetailViewModel model;
  private final Formats formats;
  private final StackPane root = new StackPane();

  TaskDetailView(TaskDetailViewModel model, Formats formats) {
    this.model = model;
    this.formats = formats;
    Node empty =
        EmptyState.of(
            Icons.TASKS,
            "No task selected",
            "Select a task to see its definition and recent runs.");
    Node content = content();
    root.getChildren().addAll(empty, content);
    empty.visibleProperty().bind(model.taskProperty().isNull());
    content.visibleProperty().bind(model.taskProperty().isNotNull());
    root.getStyleClass().add("detail-pane");
    root.setMinWidth(300);
  }

  Node node() {
    return root;
  }

  private Node content() {
    Label name = new Label();
    name.getStyleClass().add("title-3");
    name.setWrapText(true);
    name.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.taskProperty().get() == null ? "" : model.taskProperty().get().name(),
                model.taskProperty()));
    GridPane grid = new GridPane();
    grid.getStyleClass().add("definition-grid");
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints keys = new ColumnConstraints(96);
    ColumnConstraints values = new ColumnConstraints(0, 200, Double.MAX_VALUE);
    values.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(keys, values);
    model.definition().addListener((ListChangeListener<Map.Entry<String, String>>) c -> fill(grid));
    Label runsTitle = new Label("Recent runs");
    runsTitle.getStyleClass().add("title-4");
    Label runsMessage = new Label();
    runsMessage.getStyleClass().add("text-muted");
    runsMessage.textProperty().bind(model.runsMessageProperty());
    runsMessage.managedProperty().bind(runsMessage.textProperty().isNotEmpty());
    TableView<Execution> runs = runsTable();
    Label changesTitle = new Label("Changes");
    changesTitle.getStyleClass().add("title-4");
    VBox box = new VBox(10, name, grid, runsTitle, runsMessage, runs, changesTitle, changesTable());
    box.setPadding(new Insets(16));
    VBox.setVgrow(runs, Priority.ALWAYS);
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    return scroll;
  }

  private void fill(GridPane grid) {
    grid.getChildren().clear();
    int row = 0;
    for (Map.Entry<String, String> e : model.definition()) {
      Label key = new Label(e.getKey());
      key.getStyleClass().add("definition-key");
      key.setMinWidth(90);
      Label value = new Label(e.getValue());
      value.setWrapText(true);
      value.setMinWidth(0);
      value.setMaxWidth(Double.MAX_VALUE);
      value.setMinHeight(Region.USE_PREF_SIZE);
      value.getStyleClass().add("definition-value");
      GridPane.setHgrow(value, Priority.ALWAYS);
      grid.addRow(row++, key, value);
    }
  }

  /** The task's recent audit rows: when, who, and what changed. */
  private TableView<AuditEvent> changesTable() {
    TableView<AuditEvent> table =
        smallTable(model.changes(), "taskChangesTable", 160, 100, "No changes recorded");
    table
        .getColumns()
        .addAll(
            List.of(
                text("When", e -> formats.shortDateTime(e.at())),
                text("Who", AuditEvent::actor),
                text(
                    "What",
                    e -> {
                      String changed = AuditViewModel.changesText(e);
                      return e.action() + (changed.isEmpty() ? "" : ": " + changed);
                    })));
    return table;
  }

  private static <T> TableView<T> smallTable(
      javafx.collections.ObservableList<T> items,
      String id,
      double pref,
      double min,
      String empty) {
    TableView<T> table = new TableView<>(items);
    table.setId(id);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefHeight(pref);
    table.setMinHeight(min);
    table.setPlaceholder(new Label(empty));
    return table;
  }

  private static <T> TableColumn<T, String> text(
      String title, java.util.function.Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    return c;
  }

  private TableView<Execution> runsTable() {
    TableView<Execution> table = smallTable(model.runs(), "taskRunsTable", 200, 140, "No runs yet");
    TableColumn<Execution, String> started =
        text("Started", e -> formats.shortDateTime(e.startedAt()));
    TableColumn<Execution, String> attempt = text("#", e -> Integer.toString(e.attempt()));
    attempt.setMaxWidth(40);
    TableColumn<Execution, ExecutionStatus> status = new TableColumn<>("Status");
    status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
    status.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ExecutionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : Badges.of(item));
              }
            });
    table
        .getColumns()
        .addAll(
            List.of(
                started, attempt, status, text("Duration", e -> Formats.duration(e.duration()))));
    return table;
  }
}
