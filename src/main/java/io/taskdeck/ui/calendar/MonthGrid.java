package io.taskdeck.ui.calendar;

import io.taskdeck.ui.common.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * Seven columns (Monday first) of day cells: count, first runs, past outcomes, exclusion shading.
 */
final class MonthGrid {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final int SHOWN_RUNS = 3;

  private final CalendarViewModel model;
  private final Formats formats;
  private final GridPane grid = new GridPane();

  MonthGrid(CalendarViewModel model, Formats formats) {
    this.model = model;
    this.formats = formats;
    grid.setId("monthGrid");
    grid.getStyleClass().add("month-grid");
    grid.setHgap(4);
    grid.setVgap(4);
    for (int c = 0; c < 7; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / 7);
      grid.getColumnConstraints().add(cc);
    }
    model.days().addListener((ListChangeListener<DayCell>) c -> render());
    model.selectedDayProperty().addListener((o, a, b) -> render());
    render();
  }

  Node node() {
    return grid;
  }

  private void render() {
    YearMonth month = YearMonth.from(model.rangeProperty().get().first());
    // the loaded days, not the range: while the next month loads, the last one stays on screen
    if (model.rangeProperty().get().mode() != CalendarRange.Mode.MONTH
        || model.days().size() != month.lengthOfMonth()
        || !model.days().get(0).date().equals(month.atDay(1))) {
      return;
    }
    grid.getChildren().clear();
    grid.getRowConstraints().clear();
    for (int c = 0; c < 7; c++) {
      Label head = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT));
      head.getStyleClass().add("weekday-head");
      grid.add(head, c, 0);
    }
    grid.getRowConstraints().add(new RowConstraints());
    int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
    int rows = (offset + month.lengthOfMonth() + 6) / 7;
    for (int r = 0; r < rows; r++) {
      RowConstraints rc = new RowConstraints();
      rc.setVgrow(Priority.ALWAYS);
      rc.setMinHeight(84);
      grid.getRowConstraints().add(rc);
    }
    for (DayCell cell : model.days()) {
      int index = offset + cell.date().getDayOfMonth() - 1;
      grid.add(cellNode(cell), index % 7, index / 7 + 1);
    }
  }

  private Node cellNode(DayCell cell) {
    Label number = new Label(String.valueOf(cell.date().getDayOfMonth()));
    number.getStyleClass().add("day-number");
    VBox box = new VBox(2, number);
    box.setId("day-" + cell.date());
    box.getStyleClass().add("day-cell");
    LocalDate today = model.todayDate();
    if (cell.date().equals(today)) {
      box.getStyleClass().add("day-today");
    }
    if (cell.date().equals(model.selectedDayProperty().get())) {
      box.getStyleClass().add("day-selected");
    }
    switch (cell.exclusion()) {
      case WHOLE -> {
        box.getStyleClass().add("day-excluded");
        Label excluded = new Label("excluded");
        excluded.getStyleClass().add("day-excluded-label");
        box.getChildren().add(excluded);
      }
      case PART -> box.getStyleClass().add("day-part-excluded");
      default -> {}
    }
    if (cell.total() > 0) {
      Label count =
          new Label(String.format("%,d", cell.total()) + (cell.total() == 1 ? " run" : " runs"));
      count.getStyleClass().add("day-count");
      box.getChildren().add(count);
    }
    outcomes(cell, box);
    cell.runs().stream()
        .filter(DayRun::upcoming)
        .limit(SHOWN_RUNS)
        .forEach(
            r -> {
              Label run =
                  new Label(HH_MM.format(r.at().atZone(formats.zone())) + " " + r.taskName());
              run.getStyleClass().add("day-run");
              box.getChildren().add(run);
            });
    box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    box.setOnMouseClicked(
        e -> {
          model.selectedDayProperty().set(cell.date());
          if (e.getClickCount() == 2) {
            model.modeProperty().set(CalendarRange.Mode.DAY);
          }
        });
    return box;
  }

  private static void outcomes(DayCell cell, VBox box) {
    if (cell.succeeded() + cell.failed() + cell.missed() == 0) {
      return;
    }
    // wraps instead of cutting the badges when a day has many runs of several outcomes
    javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(4, 2);
    addOutcome(row, cell.succeeded(), "day-ok", "✓ ");
    addOutcome(row, cell.failed(), "day-failed", "✗ ");
    addOutcome(row, cell.missed(), "day-missed", "missed ");
    box.getChildren().add(row);
  }

  private static void addOutcome(
      javafx.scene.layout.Pane row, long n, String style, String prefix) {
    if (n > 0) {
      Label l = new Label(prefix + String.format("%,d", n));
      l.getStyleClass().addAll("badge", style);
      l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      row.getChildren().add(l);
    }
  }
}
