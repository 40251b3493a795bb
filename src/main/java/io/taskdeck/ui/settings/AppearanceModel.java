package io.taskdeck.ui.settings;

import io.taskdeck.core.ValidationException;
import java.util.Locale;
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
  /** The themes Settings offers. JavaFX 21 has no API for the system's colour scheme, so there is no "system". */
  public enum Theme {
    LIGHT, DARK;

    public String label() {
      return this == LIGHT ? "Light" : "Dark";
    }

    /** Parses "light" or "dark" (any case, surrounding blanks ignored); the error names the field. */
    public static Theme parse(String text) {
      if (text == null || text.isBlank()) {
        throw new ValidationException("theme", "theme: choose light or dark");
      }
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "light" -> LIGHT;
        case "dark" -> DARK;
        default -> throw new ValidationException("theme", "theme: '" + text.trim() + "' is not light or dark");
      };
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

  /** Applies {@code choice} now (the session restyles the window and remembers it). */
  public void choose(Theme choice) {
    if (choice == null) {
      error.set("theme: choose light or dark");
      return;
    }
    error.set(null);
    dark.set(choice == Theme.DARK);
  }

  /** {@link #choose(Theme)} from text, e.g. a pasted or scripted value; a bad value changes nothing. */
  public void choose(String text) {
    try {
      choose(Theme.parse(text));
    } catch (ValidationException e) {
      error.set(e.getMessage());
    }
  }

  public ReadOnlyObjectProperty<Theme> themeProperty() { return theme; }
  public StringProperty errorProperty() { return error; }
}
