package io.taskdeck.ui.common;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selection when live updates replace rows with fresh (unequal) objects: remembers
 * the selected keys and selects the rows with those keys again once the table has processed the
 * change. Install it before {@code table.setItems(items)} so it sees each change first.
 */
public final class SelectionKeeper<T, K> {
  private final TableView<T> table;
  private final ObservableList<T> items;
  private final Function<T, K> key;
  private final Set<K> selected = new HashSet<>();

  private SelectionKeeper(TableView<T> table, ObservableList<T> items, Function<T, K> key) {
    this.table = table;
    this.items = items;
    this.key = key;
  }

  public static <T, K> void install(
      TableView<T> table, ObservableList<T> items, Function<T, K> key) {
    SelectionKeeper<T, K> keeper = new SelectionKeeper<>(table, items, key);
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener((ListChangeListener<T>) c -> keeper.remember());
    items.addListener((ListChangeListener<T>) c -> keeper.restoreLater());
  }

  private void remember() {
    selected.clear();
    table
        .getSelectionModel()
        .getSelectedItems()
        .forEach(
            t -> {
              if (t != null) {
                selected.add(key.apply(t));
              }
            });
  }

  private void restoreLater() {
    Set<K> keep = Set.copyOf(selected);
    if (!keep.isEmpty()) {
      Platform.runLater(() -> restore(keep));
    }
  }

  private void restore(Set<K> keys) {
    for (int i = 0; i < items.size(); i++) {
      if (keys.contains(key.apply(items.get(i))) && !table.getSelectionModel().isSelected(i)) {
        table.getSelectionModel().select(i);
      }
    }
  }
}
