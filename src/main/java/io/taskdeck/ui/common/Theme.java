package io.taskdeck.ui.common;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Switches between AtlantaFX Primer Light and Primer Dark in one place. atlantafx-base 2.1.0 is
 * compiled for Java 21, so its theme classes cannot load on Java 17; its stylesheets are plain
 * resources of the jar and are used directly.
 */
public final class Theme {
  public static final String APP_CSS = "/io/taskdeck/ui/taskdeck.css";
  private static final String LIGHT_CSS = "/atlantafx/base/theme/primer-light.css";
  private static final String DARK_CSS = "/atlantafx/base/theme/primer-dark.css";
  private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

  private Theme() {}

  /** Applies the user-agent theme and the app stylesheet; call on the FX thread. */
  public static void apply(Scene scene, boolean dark) {
    Application.setUserAgentStylesheet(
        Theme.class.getResource(dark ? DARK_CSS : LIGHT_CSS).toExternalForm());
    String css = Theme.class.getResource(APP_CSS).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    if (scene.getRoot() != null) {
      scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }
  }
}
