package io.taskdeck.ui.common;

import javafx.scene.Node;

/** One view of the main window's content area. */
public interface AppView {
  String title();

  Node node();

  /** Called on the UI thread each time the view becomes visible. */
  default void shown() {}
}
