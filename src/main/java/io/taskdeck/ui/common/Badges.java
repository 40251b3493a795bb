package io.taskdeck.ui.common;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import javafx.scene.control.Label;

/** Coloured status badges; the colours come from the theme's looked-up colours in taskdeck.css. */
public final class Badges {
  private Badges() {}

  public static Label of(TaskStatus status) {
    return badge(Labels.of(status), "badge-" + tone(status));
  }

  public static Label of(ExecutionStatus status) {
    return badge(Labels.of(status), "badge-" + tone(status));
  }

  /** The badge tone for a task status: success, accent, warning, danger or neutral. */
  public static String tone(TaskStatus status) {
    return switch (status) {
      case SCHEDULED -> "accent";
      case RUNNING -> "running";
      case RETRYING -> "warning";
      case COMPLETED -> "success";
      case FAILED -> "danger";
      case PAUSED, CANCELLED -> "neutral";
    };
  }

  public static String tone(ExecutionStatus status) {
    return switch (status) {
      case SUCCESS -> "success";
      case RUNNING -> "running";
      case RETRIED, MISSED, STOPPED -> "warning";
      case FAILED, TIMED_OUT, INTERRUPTED -> "danger";
    };
  }

  /** "SCHEDULED" becomes "Scheduled". */
  public static String title(String constant) {
    return Labels.sentence(constant);
  }

  private static Label badge(String text, String toneClass) {
    Label label = new Label(text);
    label.getStyleClass().addAll("badge", toneClass);
    return label;
  }
}
