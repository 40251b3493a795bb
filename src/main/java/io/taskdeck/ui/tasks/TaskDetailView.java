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
    Node empty = EmptyState.of(Icons.TASKS, "No task selected", "Select a task to see its definition and recent runs.");
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
    name.textProperty().bind(Bindings.createStringBinding(
        () -> model.taskProperty().get() == null ? "" : model.taskProperty().get().name(), model.taskProperty()));
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
    TableView<AuditEvent> table = new TableView<>(model.changes());
    table.setId("taskChangesTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefHeight(160);
    table.setMinHeight(100);
    table.setPlaceholder(new Label("No changes recorded"));
    TableColumn<AuditEvent, String> when = new TableColumn<>("When");
    when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(formats.shortDateTime(c.getValue().at())));
    TableColumn<AuditEvent, String> who = new TableColumn<>("Who");
    who.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
    TableColumn<AuditEvent, String> what = new TableColumn<>("What");
    what.setCellValueFactory(c -> {
      String changed = AuditViewModel.changesText(c.getValue());
      return new ReadOnlyObjectWrapper<>(c.getValue().action() + (changed.isEmpty() ? "" : ": " + changed));
    });
    table.getColumns().addAll(List.of(when, who, what));
    return table;
  }

  private TableView<Execution> runsTable() {
    TableView<Execution> table = new TableView<>(model.runs());
    table.setId("taskRunsTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefHeight(200);
    table.setMinHeight(140);
    table.setPlaceholder(new Label("No runs yet"));
    TableColumn<Execution, String> started = new TableColumn<>("Started");
    started.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(formats.shortDateTime(c.getValue().startedAt())));
    TableColumn<Execution, String> attempt = new TableColumn<>("#");
    attempt.setMaxWidth(40);
    attempt.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Integer.toString(c.getValue().attempt())));
    TableColumn<Execution, ExecutionStatus> status = new TableColumn<>("Status");
    status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
    status.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(ExecutionStatus item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(empty || item == null ? null : Badges.of(item));
      }
    });
    TableColumn<Execution, String> took = new TableColumn<>("Duration");
    took.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.duration(c.getValue().duration())));
    table.getColumns().addAll(List.of(started, attempt, status, took));
    return table;
  }
}
