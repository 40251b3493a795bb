package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.SampleData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard in the real window: tiles from the service, a failure's link opens its log. */
@Tag("gui")
class DashboardGuiTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  @TempDir Path dataDir;

  @Test
  void theTilesShowTheCountsAndARecentFailureOpensTheLogsFilteredByItsTask() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    FakeTaskService service = new FakeTaskService(clock);
    new SampleData(service, NOW).fill();
    try (DesktopDriver driver =
        new DesktopDriver(service, DesktopApp.localProfile(dataDir), dataDir, clock)) {
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.DASHBOARD));
      String expected = String.format("%,d", service.countByStatus().get(TaskStatus.SCHEDULED));
      await()
          .until(
              () ->
                  Fx.call(
                      () ->
                          expected.equals(
                              ((Label) driver.window().root().lookup("#tileScheduled"))
                                  .getText())));
      Hyperlink failure =
          (Hyperlink) Fx.call(() -> driver.window().root().lookup("#recentFailures .hyperlink"));
      String task = Fx.call(failure::getText);
      Fx.run(failure::fire);
      assertThat(Fx.call(() -> driver.window().selected()))
          .isEqualTo(io.taskdeck.ui.shell.ViewKind.LOGS);
      assertThat(Fx.call(() -> driver.window().logs().model().taskFilterProperty().get().name()))
          .isEqualTo(task);
      await()
          .until(
              () ->
                  Fx.call(
                      () ->
                          !driver.window().logs().model().rows().isEmpty()
                              && driver.window().logs().model().rows().stream()
                                  .allMatch(r -> r.taskName().equals(task))));
    }
  }
}
