package io.taskdeck.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The theme in Settings. It reads and writes the window's one theme state (the shell's dark flag,
 * which the header toggle also switches and the session applies and saves), so both always agree.
 */
public final class AppearanceModel {
  /**
   * The themes Settings offers. JavaFX 21 has no API for the system's colour scheme, so there is no
   * "system".
   */
  public enum Theme {
    LIGHT,
    DARK;

    public String label() {
      return this == LIGHT ? "Light" : "Dark";
    }
  }

  private final BooleanProperty dark;
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty();

  public AppearanceModel(BooleanProperty dark) {
    this.dark = dark;
    theme.set(dark.get() ? Theme.DARK : Theme.LIGHT);
    dark.addListener((o, was, d) -> theme.set(d ? Theme.DARK : Theme.LIGHT));
  }

  /**
   * Applies {@code choice} now (the session restyles the window and remembers it); no choice is an
   * error.
   */
  public void choose(Theme choice) {
    if (choice == null) {
      error.set("theme: choose light or dark");
      return;
    }
    error.set(null);
    dark.set(choice == Theme.DARK);
  }

  public ReadOnlyObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
