package io.taskdeck.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A designed empty or error state: an icon, a title, an explanation and an optional action. */
public final class EmptyState {
  private EmptyState() {}

  public static VBox of(Icons icon, String title, String message) {
    Node glyph = icon.node(40);
    Label heading = new Label(title);
    heading.getStyleClass().addAll("title-3", "empty-title");
    Label text = new Label(message);
    text.getStyleClass().add("empty-message");
    text.setWrapText(true);
    text.setMaxWidth(420);
    VBox box = new VBox(10, glyph, heading, text);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("empty-state");
    return box;
  }

  /** An empty state whose title and message follow {@code title} and {@code message}. */
  public static VBox of(Icons icon, ObservableStringValue title, ObservableStringValue message) {
    VBox box = of(icon, "", "");
    ((Label) box.getChildren().get(1)).textProperty().bind(title);
    ((Label) box.getChildren().get(2)).textProperty().bind(message);
    return box;
  }

  public static VBox withAction(
      Icons icon, String title, String message, String actionText, Runnable action) {
    VBox box = of(icon, title, message);
    Button button = new Button(actionText);
    button.getStyleClass().add("accent");
    button.setOnAction(e -> action.run());
    box.getChildren().add(button);
    return box;
  }
}
