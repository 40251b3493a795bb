package io.taskdeck.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Message banners that take space only while they have something to say. */
public final class Banners {
  private Banners() {}

  /** An error banner showing {@code message} while it is not null. */
  public static Label error(String id, ObservableStringValue message) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().add("error-banner");
    error.setWrapText(true);
    error.setMaxWidth(Double.MAX_VALUE);
    error.textProperty().bind(message);
    error.visibleProperty().bind(Bindings.isNotNull(message));
    error.managedProperty().bind(error.visibleProperty());
    return error;
  }
}
