package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.Shown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 16: closing the window with work running asks first (it used to interrupt the attempts
 * without a word).
 */
@Tag("gui")
class CloseWithRunningWorkGuiTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;
  private final FxRobot robot = new FxRobot();

  @Test
  void closingWithAnAttemptRunningAsksAndCanKeepTheWindowOrWaitOrCloseNow()
      throws InterruptedException {
    try (EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1)) {
      Task task =
          backend
              .tasks()
              .schedule(
                  TaskSpec.builder()
                      .name("long job")
                      .payload(ShellPayload.of("sleep 30"))
                      .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                      .build());
      DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.systemUTC());
      backend.tasks().runNow(task.id());
      await().atMost(WAIT).until(() -> backend.tasks().info().runningAttempts() == 1);

      Fx.run(() -> driver.session().close());
      await().atMost(WAIT).until(() -> robot.lookup("#chooseDialog").tryQuery().isPresent());
      assertThat(robot.lookup("1 attempt is running on this node").tryQuery()).isPresent();
      Shown.click(robot, "Keep Taskdeck open");
      assertThat(driver.backendClosed()).isFalse();
      assertThat(Fx.call(() -> driver.session().stage().isShowing())).isTrue();

      Fx.run(() -> driver.session().close());
      await().atMost(WAIT).until(() -> robot.lookup("#chooseDialog").tryQuery().isPresent());
      Shown.click(robot, "Wait for them");
      await().atMost(WAIT).until(() -> robot.lookup("#closeNowButton").tryQuery().isPresent());
      assertThat(driver.backendClosed()).as("still waiting while the attempt runs").isFalse();
      robot.clickOn("#closeNowButton");
      await().atMost(WAIT).until(driver::backendClosed);
      driver.close();
      assertThat(driver.exitCode()).isZero();
    }
  }

  @Test
  void stopThemKillsTheRunningAttemptsThenCloses() throws Exception {
    Path pidFile = dataDir.resolve("job.pid");
    try (EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1)) {
      Task task =
          backend
              .tasks()
              .schedule(
                  TaskSpec.builder()
                      .name("long job")
                      .payload(ShellPayload.of("echo $$ > '" + pidFile + "'; sleep 60"))
                      .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                      .build());
      DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.systemUTC());
      backend.tasks().runNow(task.id());
      await()
          .atMost(WAIT)
          .until(() -> Files.exists(pidFile) && !Files.readString(pidFile).isBlank());
      long pid = Long.parseLong(Files.readString(pidFile).trim());

      Fx.run(() -> driver.session().close());
      await().atMost(WAIT).until(() -> robot.lookup("#chooseDialog").tryQuery().isPresent());
      await()
          .atMost(WAIT)
          .until(() -> robot.lookup("Stop them").match(Node::isVisible).tryQuery().isPresent());
      long asked = System.nanoTime();
      Button stop = robot.lookup("Stop them").queryButton();
      Fx.run(stop::fire);

      await().atMost(WAIT).until(driver::backendClosed);
      assertThat(Duration.ofNanos(System.nanoTime() - asked))
          .as("it did not wait out the 60 s")
          .isLessThan(Duration.ofSeconds(40));
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
          .as("the shell was killed")
          .isFalse();
      driver.close();
      assertThat(driver.exitCode()).isZero();
    }
  }
}
