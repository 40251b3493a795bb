package io.taskdeck.ui.calendar;

import io.taskdeck.ui.calendar.CalendarRange.Mode;
import io.taskdeck.ui.calendar.DayCell.Exclusion;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The week view: seven day columns (Monday first) by the 24 hours of the clock, each run in the
 * hour it fires. On the day the clocks go forward the skipped hour is marked; on the day they go
 * back the repeated hour holds the runs of both.
 */
final class WeekGrid {
  static final int SHOWN_RUNS = 3;
  private static final DateTimeFormatter HEAD =
      DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

  private final CalendarViewModel model;

  /** The day heads, outside the scrolling hours so they stay in sight. */
  private final GridPane heads = columns(new GridPane());

  private final GridPane grid = columns(new GridPane());
  private final ScrollPane scroll = new ScrollPane(grid);
  private final VBox root = new VBox(2, heads, scroll);
  private LocalDate revealed;

  WeekGrid(CalendarViewModel model) {
    this.model = model;
    grid.setId("weekGrid");
    grid.getStyleClass().add("week-grid");
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    // the heads as wide as the hours beside the scroll bar, so their columns line up
    heads.setMaxWidth(Region.USE_PREF_SIZE);
    scroll.viewportBoundsProperty().addListener((o, a, b) -> heads.setPrefWidth(b.getWidth()));
    VBox.setVgrow(scroll, Priority.ALWAYS);
    model.hours().addListener((ListChangeListener<HourSlot>) c -> render());
    model.selectedDayProperty().addListener((o, a, b) -> markSelected());
  }

  private static GridPane columns(GridPane g) {
    g.setHgap(2);
    g.setVgap(2);
    g.getColumnConstraints().add(new ColumnConstraints(52));
    for (int c = 0; c < 7; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setHgrow(Priority.ALWAYS);
      cc.setMinWidth(60);
      cc.setPrefWidth(100);
      cc.setFillWidth(true);
      g.getColumnConstraints().add(cc);
    }
    return g;
  }

  Node node() {
    return root;
  }

  private void render() {
    // the loaded days, not the range: while the next week loads, the last one stays on screen
    List<LocalDate> days = model.hours().stream().map(HourSlot::date).distinct().toList();
    if (model.rangeProperty().get().mode() != Mode.WEEK || days.size() != 7) {
      return;
    }
    grid.getChildren().clear();
    heads.getChildren().clear();
    Label[] labels = new Label[24];
    for (int h = 0; h < 24; h++) {
      labels[h] = new Label(String.format("%02d:00", h));
      labels[h].getStyleClass().add("hour-label");
      GridPane.setValignment(labels[h], VPos.TOP);
      grid.add(labels[h], 0, h);
    }
    for (int c = 0; c < days.size(); c++) {
      LocalDate date = days.get(c);
      heads.add(head(date), c + 1, 0);
      List<HourSlot> slots = model.hoursOf(date);
      for (int h = 0; h < 24; h++) {
        int hour = h;
        grid.add(
            cell(date, h, slots.stream().filter(s -> s.clockHour() == hour).toList()), c + 1, h);
      }
    }
    if (!days.get(0)
        .equals(revealed)) { // a new week opens at now or its first run; a reload keeps the scroll
      revealed = days.get(0);
      HourScroll.reveal(
          scroll, labels[HourScroll.hourToShow(List.copyOf(model.hours()), model.now())]);
    }
  }

  private Node head(LocalDate date) {
    Label name = new Label(HEAD.format(date));
    name.getStyleClass().add("day-number");
    VBox box = new VBox(2, name);
    box.setId("weekday-" + date);
    box.getStyleClass().add("week-head");
    DayCell cell = model.cell(date);
    if (cell != null && cell.total() > 0) {
      Label count =
          new Label(String.format("%,d", cell.total()) + (cell.total() == 1 ? " run" : " runs"));
      count.getStyleClass().add("day-count");
      box.getChildren().add(count);
    }
    if (cell != null && cell.exclusion() == Exclusion.WHOLE) {
      box.getStyleClass().add("day-excluded");
    }
    mark(box, date);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setOnMouseClicked(
        e -> {
          model.selectedDayProperty().set(date);
          if (e.getClickCount() == 2) {
            model.modeProperty().set(Mode.DAY);
          }
        });
    Tooltip.install(box, new Tooltip("Double-click for the day view"));
    return box;
  }

  private Node cell(LocalDate date, int hour, List<HourSlot> slots) {
    VBox box = new VBox(1);
    box.setId(String.format("week-%s-%02d", date, hour));
    box.getStyleClass().add("hour-cell");
    box.setMaxWidth(Double.MAX_VALUE);
    box.setMinWidth(0);
    mark(box, date);
    if (slots.isEmpty()) {
      box.getStyleClass().add("hour-gap");
      Tooltip.install(
          box,
          new Tooltip(
              String.format(
                  "%02d:00–%02d:00 does not exist on %s: the clocks go forward",
                  hour, hour + 1, date)));
    } else {
      RunChips.shade(box, merged(slots));
      if (slots.stream().anyMatch(sl -> sl.hour().contains(model.now()))) {
        box.getStyleClass().add("hour-now");
      }
      List<DayRun> runs = slots.stream().flatMap(s -> s.runs().stream()).toList();
      box.getChildren().addAll(RunChips.of(runs, SHOWN_RUNS, true, model, () -> showDay(date)));
      if (slots.size() > 1) {
        Tooltip.install(
            box,
            new Tooltip(
                String.format(
                    "%02d:00 happens twice on %s (the clocks go back); "
                        + "both hours are shown here",
                    hour, date)));
      }
    }
    box.setOnMouseClicked(e -> model.selectedDayProperty().set(date));
    return box;
  }

  private void mark(Node node, LocalDate date) {
    node.setUserData(date);
    if (date.equals(model.todayDate())) {
      node.getStyleClass().add("hour-today");
    }
    if (date.equals(model.selectedDayProperty().get())) {
      node.getStyleClass().add("hour-selected");
    }
  }

  /** Moves the selection's style to the selected day's column, without building the grid again. */
  private void markSelected() {
    LocalDate selected = model.selectedDayProperty().get();
    for (Node n :
        Stream.concat(heads.getChildren().stream(), grid.getChildren().stream()).toList()) {
      n.getStyleClass().remove("hour-selected");
      if (selected != null && selected.equals(n.getUserData())) {
        n.getStyleClass().add("hour-selected");
      }
    }
  }

  private void showDay(LocalDate date) {
    model.selectedDayProperty().set(date);
    model.modeProperty().set(Mode.DAY);
  }

  /** Whole when every slot is wholly excluded, none when none is, else part. */
  private static Exclusion merged(List<HourSlot> slots) {
    if (slots.stream().allMatch(s -> s.exclusion() == Exclusion.WHOLE)) {
      return Exclusion.WHOLE;
    }
    return slots.stream().allMatch(s -> s.exclusion() == Exclusion.NONE)
        ? Exclusion.NONE
        : Exclusion.PART;
  }
}
