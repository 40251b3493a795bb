package io.taskdeck.ui.shell;

import io.taskdeck.ui.common.UiPrefs.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores and captures the window's size and position, keeping it on a visible screen. */
public final class WindowState {
  public static final double MIN_WIDTH = 1024;
  public static final double MIN_HEIGHT = 640;
  static final double DEFAULT_WIDTH = 1360;
  static final double DEFAULT_HEIGHT = 820;

  private WindowState() {}

  public static void restore(Stage stage, WindowBounds bounds) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
    if (bounds == null || !visible(bounds)) {
      stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
      stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
      stage.centerOnScreen();
      return;
    }
    stage.setX(bounds.x());
    stage.setY(bounds.y());
    stage.setWidth(Math.max(stage.getMinWidth(), bounds.width()));
    stage.setHeight(Math.max(stage.getMinHeight(), bounds.height()));
    stage.setMaximized(bounds.maximized());
  }

  public static WindowBounds capture(Stage stage) {
    return new WindowBounds(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }

  private static boolean visible(WindowBounds b) {
    return !Screen.getScreensForRectangle(
            new Rectangle2D(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())))
        .isEmpty();
  }
}
