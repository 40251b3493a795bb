package io.taskdeck.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form field's text together with the text it was loaded with. While the user has not changed the
 * text, the field stands for the exact value it was loaded from: a display form that loses detail
 * (seconds cut from a time, a duration rounded for reading) never reaches a save.
 */
public final class EditedText {
  private final StringProperty text;
  private String loaded;

  public EditedText(String initial) {
    this.text = new SimpleStringProperty(initial);
    this.loaded = initial;
  }

  /** Shows {@code value} as the unchanged state of the field. */
  public void load(String value) {
    loaded = value;
    text.set(value);
  }

  public boolean changed() {
    return !Objects.equals(text.get(), loaded);
  }

  /**
   * {@code original} while the text is as loaded, else what {@code parsed} makes of the new text.
   */
  public <T> T value(T original, Supplier<T> parsed) {
    return changed() ? parsed.get() : original;
  }

  public String text() {
    return text.get() == null ? "" : text.get();
  }

  public StringProperty property() {
    return text;
  }
}
