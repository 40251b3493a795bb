package io.taskdeck.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Inline validation messages keyed by field name (the core's dotted names, e.g.
 * schedule.expression).
 */
public final class FieldErrors {
  private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

  public void set(String field, String message) {
    errors.put(field, message);
  }

  public void clear(String field) {
    errors.remove(field);
  }

  /** Removes every message whose field starts with {@code prefix}. */
  public void clearPrefix(String prefix) {
    errors.keySet().removeIf(k -> k.startsWith(prefix));
  }

  public String get(String field) {
    return errors.get(field);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The message for {@code field}, or null; follows changes. */
  public StringBinding message(String field) {
    return Bindings.stringValueAt(errors, field);
  }

  public BooleanBinding empty() {
    return Bindings.isEmpty(errors);
  }

  public ObservableMap<String, String> asMap() {
    return errors;
  }
}
