package io.taskdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
  private final FakeTaskService service = new FakeTaskService(Clock.systemUTC());
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final io.taskdeck.ui.common.SharedCounts counts =
      new io.taskdeck.ui.common.SharedCounts();

  @Test
  void showsTheProfileTheDatabaseTheModeAndTheEngineState() {
    ConnectionProfile profile =
        new ConnectionProfile("Local", "jdbc:h2:file:/tmp/x/taskdeck", null, null, true);
    ShellViewModel model =
        new ShellViewModel(
            service,
            new io.taskdeck.ui.testing.FakeStatistics(
                service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
            counts,
            executor,
            profile,
            false,
            Clock.systemUTC());
    model.start();
    assertThat(model.profileNameProperty().get()).isEqualTo("Local");
    assertThat(model.connectionProperty().get()).isEqualTo("H2 (test)");
    assertThat(model.modeProperty().get()).isEqualTo("executing");
    assertThat(model.engineStateProperty().get()).isEqualTo("RUNNING");
    assertThat(model.nodeIdProperty().get()).isEqualTo("test-node");
  }

  @Test
  void anUnreachableEngineIsShownAndPollingGoesOn() {
    ConnectionProfile profile =
        new ConnectionProfile("Prod", "jdbc:postgresql://db/prod", "ops", null, false);
    ShellViewModel model =
        new ShellViewModel(
            service,
            new io.taskdeck.ui.testing.FakeStatistics(
                service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
            counts,
            executor,
            profile,
            true,
            Clock.systemUTC());
    service.failWith(new IllegalStateException("connection refused"));
    model.start();
    assertThat(model.healthProperty().get()).isEqualTo(ShellViewModel.Health.DEGRADED);
    assertThat(model.reasonProperty().get())
        .isEqualTo("Database not answering, retrying: connection refused");
    assertThat(model.staleProperty().get()).isTrue();
    assertThat(model.staleNoteProperty().get())
        .isEqualTo("Nothing could be read from the database yet.");
    executor.runDelayed();
    assertThat(model.healthProperty().get()).isEqualTo(ShellViewModel.Health.DOWN);
    assertThat(model.reasonProperty().get())
        .startsWith("Database unreachable since ")
        .endsWith(": connection refused");
    service.failWith(null);
    executor.runDelayed();
    assertThat(model.healthProperty().get()).isEqualTo(ShellViewModel.Health.OK);
    assertThat(model.staleProperty().get()).isFalse();
    assertThat(model.reasonProperty().get()).isEmpty();
    model.stop();
    assertThat(executor.pendingDelayed()).isZero();
  }

  @Test
  void theThemeToggleFlipsDark() {
    ShellViewModel model =
        new ShellViewModel(
            service,
            new io.taskdeck.ui.testing.FakeStatistics(
                service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
            counts,
            executor,
            new ConnectionProfile("Local", "jdbc:h2:mem:x", null, null, true),
            false,
            Clock.systemUTC());
    model.toggleTheme();
    assertThat(model.darkProperty().get()).isTrue();
  }
}
