package io.taskdeck.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SampleData;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private final FakeTaskService service = new FakeTaskService(Clock.fixed(NOW, ZoneOffset.UTC));
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final DashboardViewModel model =
      new DashboardViewModel(
          service,
          new io.taskdeck.ui.testing.FakeStatistics(
              service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
          new io.taskdeck.ui.common.SharedCounts(),
          executor,
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void loadsCountsByStatusAndRecentFailuresWithTaskNames() {
    new SampleData(service, NOW).fill();
    model.reload();
    assertThat(model.count(TaskStatus.SCHEDULED))
        .isEqualTo(service.countByStatus().get(TaskStatus.SCHEDULED));
    assertThat(model.failures())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(ExecutionStats.isFailure(f.execution().status())).isTrue();
              assertThat(f.taskName()).isEqualTo(service.get(f.execution().taskId()).name());
            });
    assertThat(model.failures())
        .extracting(f -> f.execution().status())
        .doesNotContain(ExecutionStatus.SUCCESS);
    assertThat(model.errorProperty().get()).isNull();
  }

  @Test
  void aFailingServiceShowsAnErrorAndKeepsTheLastFigures() {
    new SampleData(service, NOW).fill();
    model.reload();
    long scheduled = model.count(TaskStatus.SCHEDULED);
    service.failWith(new IllegalStateException("database down"));
    model.reload();
    assertThat(model.errorProperty().get())
        .isEqualTo("Could not load the dashboard: database down");
    assertThat(model.count(TaskStatus.SCHEDULED)).isEqualTo(scheduled);
  }

  @Test
  void aBurstOfEventsBecomesOneReload() {
    model.reload();
    model.onEvents(List.of(new TaskEvent.TasksChanged(1)));
    model.onEvents(List.of(new TaskEvent.TasksChanged(2)));
    assertThat(executor.pendingDelayed()).isEqualTo(1);
    new SampleData(service, NOW).fill();
    executor.runDelayed();
    assertThat(model.count(TaskStatus.SCHEDULED)).isPositive();
    assertThat(executor.pendingDelayed()).isZero();
  }
}
