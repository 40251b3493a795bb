package io.taskdeck.ui.common;

import java.io.IOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/**
 * Loads a view's FXML layout (next to its class on the class path, editable in Scene Builder) with
 * the given controller instance: controllers are built by the composition root with their
 * dependencies, so the file's fx:controller names the class and the loader hands back that
 * instance.
 */
public final class Fxml {
  private Fxml() {}

  /**
   * Loads {@code name} (e.g. "TaskEditor.fxml") from {@code controller}'s package, injecting
   * its @FXML fields.
   */
  public static <T extends Node> T load(Object controller, String name) {
    URL url = controller.getClass().getResource(name);
    if (url == null) {
      throw new IllegalStateException(
          "layout " + name + " is missing beside " + controller.getClass().getName());
    }
    FXMLLoader loader = new FXMLLoader(url);
    loader.setControllerFactory(
        type -> {
          if (!type.isInstance(controller)) {
            throw new IllegalStateException(
                name
                    + " names controller "
                    + type.getName()
                    + ", not "
                    + controller.getClass().getName());
          }
          return controller;
        });
    try {
      return loader.load();
    } catch (IOException e) {
      throw new IllegalStateException("cannot load layout " + name + ": " + e.getMessage(), e);
    }
  }
}
