package io.taskdeck.ui.settings;

import io.taskdeck.ui.common.Banners;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.settings.AppearanceModel.Theme;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The Appearance section of Settings: Light | Dark as segmented buttons, applied at once. */
final class AppearanceSection {
  private AppearanceSection() {}

  static List<Node> build(AppearanceModel themes) {
    Label heading = new Label("Appearance");
    heading.getStyleClass().add("title-4");
    ToggleGroup group = new ToggleGroup();
    HBox segments = new HBox();
    segments.getStyleClass().add("segmented");
    for (Theme t : Theme.values()) {
      ToggleButton b =
          new ToggleButton(t.label(), (t == Theme.DARK ? Icons.MOON : Icons.SUN).node(14));
      b.setId("theme" + t.label());
      b.getStyleClass().add(t == Theme.LIGHT ? "left-pill" : "right-pill");
      b.setToggleGroup(group);
      b.setSelected(themes.themeProperty().get() == t);
      b.setOnAction(e -> themes.choose(t));
      segments.getChildren().add(b);
    }
    // the theme state decides the selection: the header toggle moves it, and a click on the
    // selected one keeps it
    themes
        .themeProperty()
        .addListener((o, was, t) -> group.getToggles().get(t.ordinal()).setSelected(true));
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, b) -> {
              if (b == null) {
                was.setSelected(true);
              }
            });
    Label hint =
        new Label(
            "Applied at once and remembered for the next start; the button in the header switches it too.");
    hint.getStyleClass().add("text-muted");
    Label error = Banners.error("themeError", themes.errorProperty());
    HBox row = new HBox(8, new Label("Theme"), segments, hint);
    row.setAlignment(Pos.CENTER_LEFT);
    return List.of(heading, row, error);
  }
}
