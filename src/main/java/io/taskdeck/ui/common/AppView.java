package io.taskdeck.ui.common;

import javafx.scene.Node;

/**
 * One view of the main window's content area; its title, icon and shortcut are in the shell's
 * registry.
 */
public interface AppView {
  Node node();

  /** Called on the UI thread each time the view becomes visible. */
  default void shown() {}

  /** Reads the view's data again (F5), on the UI thread while it is visible. */
  default void refresh() {
    shown();
  }
}
