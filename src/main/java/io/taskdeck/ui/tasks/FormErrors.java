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
    bind(label, message);
    return label;
  }

  /** Shows {@code message} in {@code label}, which takes room only while there is one. */
  static void bind(Label label, StringBinding message) {
    label.textProperty().bind(message);
    label.visibleProperty().bind(message.isNotNull().and(message.isNotEmpty()));
    label.managedProperty().bind(label.visibleProperty());
  }

  /**
   * Binds every error label under {@code root} whose id names a field ({@code
   * error-retry-max_attempts}: {@code retry.max_attempts}) to that field's message.
   */
  static void bindAll(javafx.scene.Node root, io.taskdeck.ui.common.FieldErrors errors) {
    for (javafx.scene.Node n : root.lookupAll(".field-error")) {
      if (n instanceof Label l && l.getId() != null && l.getId().startsWith("error-")) {
        bind(l, errors.message(l.getId().substring("error-".length()).replace('-', '.')));
      }
    }
  }
}
