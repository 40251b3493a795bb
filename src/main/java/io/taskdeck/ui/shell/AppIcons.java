package io.taskdeck.ui.shell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app icon (icons/ rendered to PNG) as window icons, at the sizes window managers pick from.
 */
public final class AppIcons {
  private static final Logger log = LoggerFactory.getLogger(AppIcons.class);
  private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

  private AppIcons() {}

  /** The icons found on the class path, smallest first. */
  public static List<Image> load() {
    List<Image> images = new ArrayList<>();
    for (int size : SIZES) {
      String path = "/io/taskdeck/icons/taskdeck-" + size + ".png";
      try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
        if (in == null) {
          log.warn("Window icon {} is missing from the class path", path);
          continue;
        }
        images.add(new Image(in));
      } catch (java.io.IOException e) {
        log.warn("Cannot read window icon {}: {}", path, e.getMessage());
      }
    }
    return images;
  }

  /** Sets the app icon on {@code stage}. */
  public static void apply(Stage stage) {
    stage.getIcons().setAll(load());
  }
}
