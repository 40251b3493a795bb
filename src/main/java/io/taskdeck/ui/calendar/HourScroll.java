package io.taskdeck.ui.calendar;

import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Which hour the week and day views open at, and scrolling it into sight. */
final class HourScroll {
  private HourScroll() {}

  /**
   * The hour before now when the slots include now, else the earliest hour with a run, else
   * midnight.
   */
  static int hourToShow(List<HourSlot> slots, Instant now) {
    return slots.stream()
        .filter(s -> s.hour().contains(now))
        .findFirst()
        .map(s -> Math.max(0, s.clockHour() - 1))
        .orElseGet(
            () ->
                slots.stream()
                    .filter(s -> !s.runs().isEmpty())
                    .mapToInt(HourSlot::clockHour)
                    .min()
                    .orElse(0));
  }

  /**
   * Scrolls so that {@code target} (a direct child of the scroll pane's content) is at the top,
   * once laid out.
   */
  static void reveal(ScrollPane scroll, Node target) {
    Platform.runLater(
        () -> {
          scroll.applyCss();
          scroll.layout();
          double content = scroll.getContent().getLayoutBounds().getHeight();
          double viewport = scroll.getViewportBounds().getHeight();
          double y = target.getBoundsInParent().getMinY();
          scroll.setVvalue(content <= viewport ? 0 : Math.min(1, y / (content - viewport)));
        });
  }
}
