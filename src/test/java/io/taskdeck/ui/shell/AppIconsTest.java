package io.taskdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("gui")
class AppIconsTest {

  @BeforeAll
  static void startToolkit() {
    try {
      Platform.startup(() -> {});
    } catch (IllegalStateException alreadyRunning) {
      // another test started the toolkit in this JVM
    }
  }

  @Test
  void everyWindowIconSizeLoadsAtItsSize() {
    List<Image> icons = AppIcons.load();
    assertThat(icons).hasSize(6);
    assertThat(icons)
        .extracting(Image::getWidth)
        .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    assertThat(icons).noneMatch(Image::isError);
  }
}
