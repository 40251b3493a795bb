package io.taskdeck.ui.tasks;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Labels;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The tasks table: columns, badge cells and multi-selection. */
final class TaskTable {
  private TaskTable() {}

  static TableView<Task> create(Formats formats) {
    TableView<Task> table = new TableView<>();
    table.setId("tasksTable");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().addAll("tasks-table", "striped");
    ScheduleText schedules = new ScheduleText(formats);
    // the server orders pages (newest first); sorting one loaded page would mislead
    table.getColumns().add(text("Name", 190, 150, Task::name));
    table.getColumns().add(text("Type", 64, 60, t -> Labels.shortOf(t.type())));
    table.getColumns().add(text("Schedule", 190, 150, t -> schedules.describe(t.spec().schedule())));
    table.getColumns().add(text("Next run", 105, 100, t -> formats.shortDateTime(t.nextRun())));
    table.getColumns().add(outcome());
    table.getColumns().add(status());
    table.getColumns().add(text("Priority", 72, 72, t -> Integer.toString(t.spec().priority())));
    table.getColumns().add(text("Attempts", 84, 84, t -> t.retryCount() + " / " + t.spec().retry().maxAttempts()));
    table.getColumns().forEach(c -> c.setSortable(false));
    return table;
  }

  private static TableColumn<Task, String> text(
      String title, double width, double minWidth, Function<Task, String> value) {
    TableColumn<Task, String> col = new TableColumn<>(title);
    col.setPrefWidth(width);
    col.setMinWidth(minWidth);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    col.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.length() < 28 ? null : new Tooltip(item));
      }
    });
    return col;
  }

  private static TableColumn<Task, TaskStatus> status() {
    TableColumn<Task, TaskStatus> col = new TableColumn<>("Status");
    col.setPrefWidth(108);
    col.setMinWidth(104);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
    col.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(TaskStatus item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(empty || item == null ? null : Badges.of(item));
      }
    });
    return col;
  }

  private static TableColumn<Task, ExecutionStatus> outcome() {
    TableColumn<Task, ExecutionStatus> col = new TableColumn<>("Last run");
    col.setPrefWidth(112);
    col.setMinWidth(108);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastOutcome()));
    col.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(ExecutionStatus item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(empty || item == null ? null : Badges.of(item));
        setText(!empty && item == null ? "—" : null);
      }
    });
    return col;
  }
}
