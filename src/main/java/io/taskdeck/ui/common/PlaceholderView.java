package io.taskdeck.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A designed placeholder for a view that a later release fills: says what will be there. */
public final class PlaceholderView implements AppView {
  private final String title;
  private final VBox root;

  public PlaceholderView(Icons icon, String title, String summary, List<String> coming) {
    this.title = title;
    Label heading = new Label(title);
    heading.getStyleClass().add("title-2");
    Label text = new Label(summary);
    text.setWrapText(true);
    text.getStyleClass().add("text-muted");
    VBox items = new VBox(6);
    coming.forEach(c -> items.getChildren().add(bullet(c)));
    Label soon = new Label("Coming in the next release");
    soon.getStyleClass().addAll("badge", "badge-accent");
    VBox card = new VBox(14, icon.node(48), heading, soon, text, items);
    card.getStyleClass().add("placeholder-card");
    card.setMaxWidth(560);
    card.setPadding(new Insets(28));
    root = new VBox(card);
    root.setAlignment(Pos.CENTER);
    root.setPadding(new Insets(24));
  }

  private static Label bullet(String text) {
    Label label = new Label("•  " + text);
    label.setWrapText(true);
    return label;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Node node() {
    return root;
  }
}
