package io.taskdeck.ui.common;

/**
 * The desktop's remembered preferences.
 *
 * @param dark the dark theme is on
 * @param window the last window bounds, or null before the first run
 */
public record UiPrefs(boolean dark, WindowBounds window) {
  public static final UiPrefs DEFAULT = new UiPrefs(false, null);

  public UiPrefs withDark(boolean d) {
    return new UiPrefs(d, window);
  }

  public UiPrefs withWindow(WindowBounds w) {
    return new UiPrefs(dark, w);
  }

  /** Window position and size in screen coordinates. */
  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
