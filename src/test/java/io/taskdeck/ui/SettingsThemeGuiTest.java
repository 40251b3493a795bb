package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.ui.common.PrefsStore;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme chosen in Settings is applied at once, remembered, and the header toggle agrees with
 * it.
 */
@Tag("gui")
class SettingsThemeGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
  @TempDir Path dataDir;

  @Test
  void changingTheThemeInSettingsAppliesItPersistsItAndMovesWithTheHeaderToggle() throws Exception {
    try (DesktopDriver driver =
        new DesktopDriver(
            new FakeTaskService(Clock.systemUTC()),
            DesktopApp.localProfile(dataDir),
            dataDir,
            Clock.systemUTC())) {
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.SETTINGS));
      Parent root = driver.window().root();
      ToggleButton light = (ToggleButton) Fx.call(() -> root.lookup("#themeLight"));
      ToggleButton dark = (ToggleButton) Fx.call(() -> root.lookup("#themeDark"));
      assertThat(Fx.call(light::isSelected)).isTrue();
      Fx.run(dark::fire);
      assertThat(Fx.call(() -> root.getPseudoClassStates().contains(DARK))).isTrue();
      assertThat(Fx.call(Application::getUserAgentStylesheet)).endsWith("primer-dark.css");
      assertThat(Fx.call(() -> ((Button) root.lookup("#themeToggle")).getTooltip().getText()))
          .startsWith("Dark theme on");
      await().atMost(WAIT).until(() -> new PrefsStore(dataDir).load().dark());
      Fx.run(dark::fire); // a second click keeps the theme
      assertThat(Fx.call(dark::isSelected)).isTrue();

      Fx.run(() -> ((Button) root.lookup("#themeToggle")).fire());
      assertThat(Fx.call(light::isSelected)).as("Settings follows the header toggle").isTrue();
      assertThat(Fx.call(() -> root.getPseudoClassStates().contains(DARK))).isFalse();
      assertThat(Fx.call(Application::getUserAgentStylesheet)).endsWith("primer-light.css");
      await().atMost(WAIT).until(() -> !new PrefsStore(dataDir).load().dark());
    }
  }
}
