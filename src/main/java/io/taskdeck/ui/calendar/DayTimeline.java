package io.taskdeck.ui.calendar;

import io.taskdeck.ui.calendar.CalendarRange.Mode;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The day view: one row per hour of the day as it really is on the clock (23 or 25 rows on the days
 * the clocks change), each with its runs; excluded hours shaded.
 */
final class DayTimeline {
  static final int SHOWN_RUNS = 24;

  private final CalendarViewModel model;
  private final VBox rows = new VBox(2);
  private final ScrollPane scroll = new ScrollPane(rows);
  private LocalDate revealed;

  DayTimeline(CalendarViewModel model) {
    this.model = model;
    rows.setId("dayTimeline");
    rows.getStyleClass().add("day-timeline");
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    model.hours().addListener((ListChangeListener<HourSlot>) c -> render());
  }

  Node node() {
    return scroll;
  }

  private void render() {
    List<HourSlot> slots = List.copyOf(model.hours());
    List<LocalDate> dates = slots.stream().map(HourSlot::date).distinct().toList();
    if (model.rangeProperty().get().mode() != Mode.DAY || dates.size() != 1) {
      return;
    }
    rows.getChildren().clear();
    int show = HourScroll.hourToShow(slots, model.now());
    Node target = null;
    for (int i = 0; i < slots.size(); i++) {
      HourSlot slot = slots.get(i);
      HourSlot before = i == 0 ? null : slots.get(i - 1);
      if (before != null && slot.hour().local().isAfter(before.hour().local().plusHours(1))) {
        rows.getChildren().add(gap(before, slot));
      }
      Node row = row(slot, before != null && before.clockHour() == slot.clockHour());
      rows.getChildren().add(row);
      if (target == null && slot.clockHour() >= show) {
        target = row;
      }
    }
    if (!dates.get(0).equals(revealed)
        && target != null) { // a new day opens at now or its first run
      revealed = dates.get(0);
      HourScroll.reveal(scroll, target);
    }
  }

  /** "3 runs", and whether the exclusion calendar covers the hour. */
  private static String summary(HourSlot slot) {
    long n = slot.total();
    String runs = n == 0 ? "" : String.format("%,d", n) + (n == 1 ? " run" : " runs");
    String excluded =
        switch (slot.exclusion()) {
          case WHOLE -> "excluded";
          case PART -> "partly excluded";
          case NONE -> "";
        };
    return runs.isEmpty() || excluded.isEmpty() ? runs + excluded : runs + " · " + excluded;
  }

  /** The hours the clocks skip when they go forward. */
  private static Node gap(HourSlot before, HourSlot after) {
    Label text =
        new Label(
            before.hour().local().plusHours(1)
                + "–"
                + after.hour().local()
                + " does not exist today: the clocks go forward ("
                + before.hour().offset()
                + " to "
                + after.hour().offset()
                + ")");
    text.getStyleClass().add("text-muted");
    HBox row = new HBox(text);
    row.getStyleClass().addAll("hour-row", "hour-gap");
    return row;
  }

  private Node row(HourSlot slot, boolean secondOfRepeated) {
    Label hour = new Label(slot.hour().label());
    hour.getStyleClass().add("hour-label");
    hour.setMinWidth(96);
    FlowPane runs = new FlowPane(4, 2);
    // "+N more" selects the first run not shown, which the day's list beside scrolls to
    runs.getChildren()
        .addAll(
            RunChips.of(
                slot.runs(),
                SHOWN_RUNS,
                false,
                model,
                () -> model.selectedRunProperty().set(slot.runs().get(SHOWN_RUNS))));
    HBox.setHgrow(runs, Priority.ALWAYS);
    Label count = new Label(summary(slot));
    count.getStyleClass().add("text-muted");
    HBox row = new HBox(8, hour, runs, count);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setId(
        String.format(
            "hour-%s-%02d%s", slot.date(), slot.clockHour(), secondOfRepeated ? "b" : ""));
    row.getStyleClass().add("hour-row");
    RunChips.shade(row, slot.exclusion());
    if (slot.hour().contains(model.now())) {
      row.getStyleClass().add("hour-now");
    }
    if (slot.hour().repeated()) {
      Tooltip.install(
          row,
          new Tooltip(
              "This hour happens twice today (the clocks go back); offset "
                  + slot.hour().offset()));
    }
    return row;
  }
}
