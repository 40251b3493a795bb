package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.Formats;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The execution log table: time, task, node, attempt, status, duration, exit or HTTP code. */
final class ExecutionTable {
  private ExecutionTable() {}

  static TableView<LogRow> create(Formats formats) {
    TableView<LogRow> table = new TableView<>();
    table.setId("logsTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().add("striped");
    table.getColumns().add(text("Time", 165, r -> formats.dateTime(time(r.execution()))));
    table.getColumns().add(text("Task", 160, LogRow::taskName));
    table.getColumns().add(text("Node", 120, r -> r.execution().nodeId()));
    table.getColumns().add(text("Attempt", 76, r -> Integer.toString(r.execution().attempt())));
    table.getColumns().add(status());
    table.getColumns().add(text("Duration", 86, r -> Formats.duration(r.execution().duration())));
    table.getColumns().add(text("Exit / HTTP", 100, r -> code(r.execution())));
    table.getColumns().forEach(c -> c.setSortable(false));
    return table;
  }

  static Instant time(Execution e) {
    return e.startedAt() != null ? e.startedAt() : e.scheduledFor();
  }

  static String code(Execution e) {
    if (e.httpStatus() != null) {
      return "HTTP " + e.httpStatus();
    }
    return e.exitCode() == null ? "—" : "exit " + e.exitCode();
  }

  private static TableColumn<LogRow, String> text(
      String title, double width, Function<LogRow, String> value) {
    TableColumn<LogRow, String> col = new TableColumn<>(title);
    col.setPrefWidth(width);
    col.setMinWidth(title.equals("Task") ? 120 : width); // only the task name may shrink
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    return col;
  }

  private static TableColumn<LogRow, ExecutionStatus> status() {
    TableColumn<LogRow, ExecutionStatus> col = new TableColumn<>("Status");
    col.setPrefWidth(115);
    col.setMinWidth(110);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().execution().status()));
    col.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ExecutionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : Badges.of(item));
              }
            });
    return col;
  }
}
