package io.taskdeck.ui.calendar;

import io.taskdeck.ui.calendar.DayCell.Exclusion;
import io.taskdeck.ui.common.Labels;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The small coloured run labels of the week and day views, and their shading classes. */
final class RunChips {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /** Minutes only, where the hour is the row's (the narrow week columns). */
  private static final DateTimeFormatter MM = DateTimeFormatter.ofPattern(":mm");

  private RunChips() {}

  /**
   * A task's runs of one outcome in a cell, shown as one chip when there are more than {@link
   * #GROUP_FROM}.
   */
  static final int GROUP_FROM = 3;

  /**
   * Chips for {@code runs} ("10:30 Backup", or ":30 Backup" with {@code minutesOnly}): one per run,
   * but one per task and outcome for a task that runs {@value #GROUP_FROM} or more times here
   * ("10:31 ×29 Heartbeat"); at most {@code max}, then "+N more", which runs {@code more}. A click
   * on a chip selects its (first) run.
   */
  static List<Node> of(
      List<DayRun> runs, int max, boolean minutesOnly, CalendarViewModel model, Runnable more) {
    List<List<DayRun>> entries = entries(runs);
    List<Node> nodes = new ArrayList<>();
    entries.stream().limit(max).forEach(e -> nodes.add(chip(e, minutesOnly, model)));
    int hidden = entries.stream().skip(max).mapToInt(List::size).sum();
    if (hidden > 0) {
      Label rest = new Label("+" + hidden + " more");
      rest.getStyleClass().add("run-more");
      rest.setOnMouseClicked(
          e -> {
            more.run();
            e.consume();
          });
      nodes.add(rest);
    }
    return nodes;
  }

  /** Single runs and groups of a task's runs with one outcome, in the order of their first run. */
  static List<List<DayRun>> entries(List<DayRun> runs) {
    Map<List<Object>, List<DayRun>> byTask = new LinkedHashMap<>();
    runs.forEach(
        r ->
            byTask
                .computeIfAbsent(List.of(r.taskId(), r.outcome()), k -> new ArrayList<>())
                .add(r));
    List<List<DayRun>> entries = new ArrayList<>();
    for (List<DayRun> group : byTask.values()) {
      if (group.size() >= GROUP_FROM) {
        entries.add(group);
      } else {
        group.forEach(r -> entries.add(List.of(r)));
      }
    }
    entries.sort(Comparator.comparing(e -> e.get(0).at()));
    return entries;
  }

  private static Label chip(List<DayRun> runs, boolean minutesOnly, CalendarViewModel model) {
    DayRun r = runs.get(0);
    String time = HH_MM.format(r.at().atZone(model.zone()));
    String shown = minutesOnly ? MM.format(r.at().atZone(model.zone())) : time;
    String times =
        runs.size() == 1
            ? time
            : runs.size()
                + " runs, "
                + time
                + "–"
                + HH_MM.format(runs.get(runs.size() - 1).at().atZone(model.zone()));
    // the count before the name, so a narrow week column cuts the name, not the count
    Label chip =
        new Label(shown + (runs.size() == 1 ? "" : " ×" + runs.size()) + " " + r.taskName());
    chip.getStyleClass().addAll("run-chip", r.outcome().styleClass());
    chip.setMinWidth(0);
    chip.setMaxWidth(Double.MAX_VALUE);
    chip.setTooltip(
        new Tooltip(r.taskName() + "  ·  " + times + "  ·  " + describe(r, model.zone())));
    chip.setOnMouseClicked(
        e -> {
          model.selectedDayProperty().set(r.at().atZone(model.zone()).toLocalDate());
          model.selectedRunProperty().set(r);
          e.consume();
        });
    return chip;
  }

  private static String describe(DayRun r, ZoneId zone) {
    return r.upcoming() ? "upcoming (" + zone.getId() + ")" : Labels.of(r.status());
  }

  /** "hour-excluded", "hour-part-excluded" or nothing, for a cell covered wholly or partly. */
  static void shade(Node node, Exclusion exclusion) {
    switch (exclusion) {
      case WHOLE -> node.getStyleClass().add("hour-excluded");
      case PART -> node.getStyleClass().add("hour-part-excluded");
      default -> {}
    }
  }
}
