package io.taskdeck.ui.tasks;

import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.common.Converters;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.Labels;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The Tasks view's filter row: search, statuses (several at once), type, group, progress and the
 * last action's notice.
 */
final class TaskFilters {
  private TaskFilters() {}

  static Node create(TasksViewModel model, TextField search, Label notice) {
    search.setId("searchField");
    search.setPromptText("Search name, group or description  (Ctrl+F)");
    search.textProperty().bindBidirectional(model.searchProperty());
    search.setPrefWidth(300);
    CheckComboBox<TaskStatus> statuses = new CheckComboBox<>();
    statuses.setId("statusFilter");
    statuses.getItems().addAll(TaskStatus.values());
    statuses.setConverter(Converters.of(Labels::of));
    statuses
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> title(List.copyOf(model.statusFilter())), model.statusFilter()));
    statuses
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<TaskStatus>)
                c -> {
                  EnumSet<TaskStatus> checked = EnumSet.noneOf(TaskStatus.class);
                  checked.addAll(statuses.getCheckModel().getCheckedItems());
                  model.statusFilter().retainAll(checked);
                  model.statusFilter().addAll(checked);
                });
    model
        .statusFilter()
        .addListener(
            (javafx.collections.SetChangeListener<TaskStatus>)
                c -> {
                  if (!model
                      .statusFilter()
                      .equals(
                          EnumSet.copyOf(withNone(statuses.getCheckModel().getCheckedItems())))) {
                    statuses.getCheckModel().clearChecks();
                    model.statusFilter().forEach(statuses.getCheckModel()::check);
                  }
                });
    ComboBox<TaskType> type = new ComboBox<>();
    type.setId("typeFilter");
    type.getItems().add(null);
    type.getItems().addAll(TaskType.values());
    type.setConverter(Converters.of(Labels::shortOf, "All types"));
    type.valueProperty().bindBidirectional(model.typeFilterProperty());
    TextField group = new TextField();
    group.setId("groupFilter");
    group.setPromptText("Group");
    group.setPrefColumnCount(8);
    group.textProperty().bindBidirectional(model.groupFilterProperty());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("tasksLoading");
    busy.setMaxSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());
    notice.setId("tasksNotice");
    notice.getStyleClass().add("notice");
    notice.setMinWidth(0);
    HBox box = new HBox(8, Icons.SEARCH.node(16), search, statuses, type, group, busy, notice);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(0, 16, 10, 16));
    return box;
  }

  private static java.util.Collection<TaskStatus> withNone(List<TaskStatus> checked) {
    EnumSet<TaskStatus> set = EnumSet.noneOf(TaskStatus.class);
    set.addAll(checked);
    return set;
  }

  private static String title(List<TaskStatus> checked) {
    if (checked.isEmpty()) {
      return "All statuses";
    }
    return checked.size() > 2
        ? checked.size() + " statuses"
        : checked.stream().sorted().map(Labels::of).collect(Collectors.joining(", "));
  }
}
