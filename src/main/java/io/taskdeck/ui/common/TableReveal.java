package io.taskdeck.ui.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableView;

/** Brings one row of a table into view and selects it alone, e.g. when another view opens it. */
public final class TableReveal {
  private TableReveal() {}

  /**
   * Selects (only) and scrolls to the row whose key is {@code wanted}; false when no row has it.
   */
  public static <T, K> boolean select(TableView<T> table, Function<T, K> key, K wanted) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (Objects.equals(key.apply(table.getItems().get(i)), wanted)) {
        table.getSelectionModel().clearAndSelect(i);
        table.scrollTo(i);
        table.requestFocus();
        return true;
      }
    }
    return false;
  }

  /** Runs {@code action} once {@code loading} is false: now, or when the load in progress ends. */
  public static void afterLoad(ObservableBooleanValue loading, Runnable action) {
    if (!loading.get()) {
      action.run();
      return;
    }
    loading.addListener(
        new ChangeListener<>() {
          @Override
          public void changed(
              javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
            if (!now) {
              loading.removeListener(this);
              action.run();
            }
          }
        });
  }
}
