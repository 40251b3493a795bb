package io.taskdeck.ui.tasks;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSort;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Labels;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The tasks table: columns, badge cells and multi-selection. */
final class TaskTable {
  private TaskTable() {}

  /**
   * The table; a click on a sortable header sets {@code sort}, and the server orders the rows (a
   * sort of the loaded page alone would mislead).
   */
  static TableView<Task> create(Formats formats, ObjectProperty<TaskSort> sort) {
    TableView<Task> table = new TableView<>();
    table.setId("tasksTable");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().addAll("tasks-table", "striped");
    ScheduleText schedules = new ScheduleText(formats);
    table.getColumns().add(sortable(text("Name", 180, 120, Task::name), TaskSort.Key.NAME));
    table
        .getColumns()
        .add(text("Group", 80, 50, t -> t.spec().group() == null ? "" : t.spec().group()));
    table.getColumns().add(text("Type", 60, 54, t -> Labels.shortOf(t.type())));
    table
        .getColumns()
        .add(text("Schedule", 170, 120, t -> schedules.describe(t.spec().schedule())));
    table
        .getColumns()
        .add(
            sortable(
                text("Next run", 100, 96, t -> formats.shortDateTime(t.nextRun())),
                TaskSort.Key.NEXT_RUN));
    table.getColumns().add(sortable(outcome(), TaskSort.Key.LAST_OUTCOME));
    table.getColumns().add(sortable(status(), TaskSort.Key.STATUS));
    table
        .getColumns()
        .add(
            sortable(
                text("Priority", 66, 64, t -> Integer.toString(t.spec().priority())),
                TaskSort.Key.PRIORITY));
    table
        .getColumns()
        .add(
            text("Attempts", 76, 72, t -> t.retryCount() + " / " + t.spec().retry().maxAttempts()));
    table.getColumns().forEach(c -> c.setSortable(c.getUserData() != null));
    table.setSortPolicy(t -> true);
    Runnable follow = () -> sort.set(sortOf(table));
    table
        .getSortOrder()
        .addListener(
            (javafx.collections.ListChangeListener<TableColumn<Task, ?>>) c -> follow.run());
    table.getColumns().forEach(c -> c.sortTypeProperty().addListener(o -> follow.run()));
    return table;
  }

  private static <T> TableColumn<Task, T> sortable(TableColumn<Task, T> column, TaskSort.Key key) {
    column.setUserData(key);
    return column;
  }

  /** The order the header shows: its first sorted column, or newest first. */
  private static TaskSort sortOf(TableView<Task> table) {
    return table.getSortOrder().stream()
        .filter(c -> c.getUserData() instanceof TaskSort.Key)
        .findFirst()
        .map(
            c ->
                new TaskSort(
                    (TaskSort.Key) c.getUserData(),
                    c.getSortType() == TableColumn.SortType.DESCENDING))
        .orElse(TaskSort.NEWEST);
  }

  private static TableColumn<Task, String> text(
      String title, double width, double minWidth, Function<Task, String> value) {
    TableColumn<Task, String> col = new TableColumn<>(title);
    col.setPrefWidth(width);
    col.setMinWidth(minWidth);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    col.setCellFactory(
        c ->
            new TableCell<>() {
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
    col.setCellFactory(
        c ->
            new TableCell<>() {
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
    col.setCellFactory(
        c ->
            new TableCell<>() {
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
