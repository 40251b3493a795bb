package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.ui.common.PrefsStore;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Start-up failure, theme memory and shutdown of the real desktop window. */
@Tag("gui")
class DesktopAppLifecycleGuiTest {
  @TempDir Path dataDir;
  private final FxRobot robot = new FxRobot();

  @Test
  void closingTheWindowStopsTheBackendAndRunReturnsZero() throws InterruptedException {
    DesktopDriver driver =
        new DesktopDriver(
            new FakeTaskService(Clock.systemUTC()),
            DesktopApp.localProfile(dataDir),
            dataDir,
            Clock.systemUTC());
    driver.close();
    assertThat(driver.backendClosed()).isTrue();
    assertThat(driver.exitCode()).isZero();
  }

  @Test
  void theThemeChoiceAndWindowSizeAreRememberedInConfigJson() throws InterruptedException {
    DesktopDriver driver =
        new DesktopDriver(
            new FakeTaskService(Clock.systemUTC()),
            DesktopApp.localProfile(dataDir),
            dataDir,
            Clock.systemUTC());
    robot.clickOn("#themeToggle");
    await().until(() -> new PrefsStore(dataDir).load().dark());
    driver.close();
    var prefs = new PrefsStore(dataDir).load();
    assertThat(prefs.dark()).isTrue();
    assertThat(prefs.window().width()).isEqualTo(1280);
  }

  @Test
  void keyboardShortcutsSwitchViewsOpenTheEditorAndFocusTheSearch() throws InterruptedException {
    DesktopDriver driver =
        new DesktopDriver(
            new FakeTaskService(Clock.systemUTC()),
            DesktopApp.localProfile(dataDir),
            dataDir,
            Clock.systemUTC());
    try {
      robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
      await()
          .until(
              () ->
                  Fx.call(() -> driver.window().selected()) == io.taskdeck.ui.shell.ViewKind.LOGS);
      robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
      await().until(() -> robot.lookup("#taskEditor").tryQuery().isPresent());
      assertThat(Fx.call(() -> driver.window().selected()))
          .isEqualTo(io.taskdeck.ui.shell.ViewKind.TASKS);
      robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
      await().until(() -> robot.lookup("#taskEditor").tryQuery().isEmpty());
      robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
      await().until(() -> Fx.call(() -> robot.lookup("#searchField").query().isFocused()));
    } finally {
      driver.close();
    }
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsExplainedAndQuitEndsTheApp() throws InterruptedException {
    DesktopDriver.startToolkitOnce();
    AtomicInteger exit = new AtomicInteger(-1);
    DesktopApp app =
        new DesktopApp(
            profile -> {
              throw new StoreUnavailableException(
                  "database jdbc:h2:file:/locked/taskdeck is locked by another process", null);
            },
            DesktopApp.localProfile(dataDir),
            dataDir,
            Clock.systemUTC());
    Thread thread = new Thread(() -> exit.set(app.run()));
    thread.setDaemon(true);
    thread.start();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
    Label content = robot.lookup(".dialog-pane .content").queryAs(Label.class);
    assertThat(Fx.call(content::getText)).contains("is locked by another process");
    robot.clickOn("Quit");
    thread.join(Duration.ofSeconds(20).toMillis());
    assertThat(exit.get()).isZero();
  }
}
