package io.taskdeck.ui.tasks;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;

/** Inline error labels that appear only when their field has a message. */
final class FormErrors {
  private FormErrors() {}

  static Label label(StringBinding message, String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("field-error");
    label.setWrapText(true);
    label.textProperty().bind(message);
    label.visibleProperty().bind(message.isNotNull().and(message.isNotEmpty()));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
