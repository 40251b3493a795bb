package io.taskdeck.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes: values are picked, never typed. */
public final class Converters {
  private Converters() {}

  /** Shows each value as {@code text} says; null shows as {@code none}. */
  public static <T> StringConverter<T> of(Function<T, String> text, String none) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? none : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  public static <T> StringConverter<T> of(Function<T, String> text) {
    return of(text, "");
  }
}
