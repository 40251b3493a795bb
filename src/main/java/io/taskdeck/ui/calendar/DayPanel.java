package io.taskdeck.ui.calendar;

import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.Labels;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Beside the calendar: the selected day's runs; the selected run's task or log opens from here. */
final class DayPanel {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CalendarViewModel model;
  private final Formats formats;
  private final VBox panel;

  DayPanel(
      CalendarViewModel model,
      Formats formats,
      BiConsumer<UUID, String> openLog,
      BiConsumer<UUID, String> openTask) {
    this.model = model;
    this.formats = formats;
    Label title = new Label();
    title.setId("dayTitle");
    title.getStyleClass().add("title-4");
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.selectedDayProperty().get() == null
                        ? ""
                        : DAY.format(model.selectedDayProperty().get()),
                model.selectedDayProperty()));
    Label count = new Label();
    count.getStyleClass().add("text-muted");
    count.setWrapText(true);
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> summary(), model.dayRuns(), model.dayTotalProperty()));
    ListView<DayRun> list = list();
    Button task = new Button("Open task", Icons.TASKS.node(14));
    task.setId("openTask");
    task.setTooltip(
        new Tooltip("Show the task in Tasks, selected, with its detail (Enter or double-click)"));
    task.disableProperty().bind(model.canOpenTask().not());
    task.setOnAction(e -> open(openTask));
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && model.canOpenTask().get()) {
            open(openTask);
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && model.canOpenTask().get()) {
            open(openTask);
          }
        });
    Button log = new Button("Open log", Icons.LOGS.node(14));
    log.setId("openLog");
    log.disableProperty().bind(model.selectedRunProperty().isNull());
    log.setOnAction(e -> open(openLog));
    Label hint =
        new Label(
            "Upcoming runs come from each task's schedule with its calendar; past days from the execution log. "
                + "A run of a deleted task can only open its log.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    panel = new VBox(8, title, count, list, new HBox(8, task, log), hint);
    VBox.setVgrow(list, Priority.ALWAYS);
    panel.setPrefWidth(290);
    panel.setMinWidth(260);
  }

  Node node() {
    return panel;
  }

  private void open(BiConsumer<UUID, String> target) {
    DayRun r = model.selectedRunProperty().get();
    if (r != null) {
      target.accept(r.taskId(), r.taskName());
    }
  }

  private String summary() {
    long n =
        Math.max(
            model.dayTotalProperty().get(),
            model.dayRuns().stream().mapToLong(DayRun::count).sum());
    if (n == 0) {
      return "";
    }
    long upcoming =
        model.dayRuns().stream().filter(DayRun::upcoming).mapToLong(DayRun::count).sum();
    long listed = model.dayRuns().stream().mapToLong(DayRun::count).sum();
    return (n == 1 ? "1 run" : String.format("%,d runs", n))
        + (upcoming == 0 ? "" : String.format(", %,d upcoming", upcoming))
        + (listed < n ? String.format(" (%,d listed)", listed) : "");
  }

  private ListView<DayRun> list() {
    ListView<DayRun> list = new ListView<>(model.dayRuns());
    list.setId("dayRuns");
    list.setPlaceholder(new Label("No runs on this day."));
    list.setCellFactory(
        v -> {
          ListCell<DayRun> cell =
              new ListCell<>() {
                @Override
                protected void updateItem(DayRun r, boolean empty) {
                  super.updateItem(r, empty);
                  if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                  }
                  setText(TIME.format(r.at().atZone(formats.zone())) + "  " + r.taskName());
                  Region dot = new Region();
                  dot.getStyleClass().addAll("run-dot", r.outcome().styleClass());
                  setGraphic(dot);
                  setTooltip(
                      new Tooltip(
                          r.taskName()
                              + "  ·  "
                              + (r.upcoming() ? "upcoming" : Labels.of(r.status()))
                              + (r.taskDeleted() ? "  ·  the task was deleted" : "")));
                }
              };
          cell.setPrefWidth(
              0); // fit the list's width: long names end in an ellipsis, no sideways scrolling
          return cell;
        });
    // the model's selected run and the list's selection follow each other (a chip in the grid
    // selects one too)
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, r) -> {
              if (r != null) {
                model.selectedRunProperty().set(r);
              }
            });
    model
        .dayRuns()
        .addListener(
            (ListChangeListener<DayRun>)
                c -> {
                  if (model.selectedRunProperty().get() != null) {
                    list.getSelectionModel().select(model.selectedRunProperty().get());
                  }
                });
    model
        .selectedRunProperty()
        .addListener(
            (o, a, r) -> {
              if (r == null) {
                list.getSelectionModel().clearSelection();
              } else if (r != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
              }
            });
    return list;
  }
}
