package io.taskdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Specs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogsViewModelTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeTaskService service = new FakeTaskService(clock);
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final LogsViewModel model = new LogsViewModel(service, executor, clock);
  private Task backup;
  private Task report;
  private long logId = 1;

  @BeforeEach
  void someRuns() {
    backup = service.schedule(Specs.shell("backup", "pg_dump"));
    report = service.schedule(Specs.shell("report", "make"));
    run(backup, NOW.minus(Duration.ofDays(2)), ExecutionStatus.SUCCESS);
    run(report, NOW.minus(Duration.ofMinutes(30)), ExecutionStatus.FAILED);
    run(backup, NOW.minus(Duration.ofMinutes(10)), ExecutionStatus.SUCCESS);
  }

  private Execution run(Task t, Instant at, ExecutionStatus status) {
    Execution e =
        new Execution(
            logId++, t.id(), 1, "node-a", at, at, at.plusSeconds(2), status, 0, null, "out", null);
    service.record(e);
    return e;
  }

  @Test
  void rowsCarryTheirTaskNamesNewestFirst() {
    model.reload();
    assertThat(model.rows())
        .extracting(LogRow::taskName)
        .containsExactly("backup", "report", "backup");
  }

  @Test
  void filtersByTaskStatusAndTimeRange() {
    model.taskFilterProperty().set(new TaskChoice(backup.id(), "backup"));
    assertThat(model.rows()).hasSize(2).allMatch(r -> r.taskName().equals("backup"));
    model.taskFilterProperty().set(TaskChoice.ALL);
    model.statusFilterProperty().set(ExecutionStatus.FAILED);
    assertThat(model.rows()).extracting(LogRow::taskName).containsExactly("report");
    model.statusFilterProperty().set(null);
    model.rangeProperty().set(TimeRange.LAST_HOUR);
    assertThat(model.rows()).hasSize(2);
  }

  @Test
  void followModePutsNewRunsOnTopAndOffLeavesTheTableAlone() {
    model.reload();
    Execution fresh = run(report, NOW, ExecutionStatus.SUCCESS);
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(fresh)));
    assertThat(model.rows().get(0).execution()).isEqualTo(fresh);
    assertThat(model.rows()).hasSize(4);
    model.followProperty().set(false);
    Execution later = run(report, NOW.plusSeconds(5), ExecutionStatus.SUCCESS);
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(later)));
    assertThat(model.rows()).hasSize(4);
  }

  @Test
  void followModeSkipsRunsOutsideTheFilter() {
    model.statusFilterProperty().set(ExecutionStatus.FAILED);
    Execution ok = run(report, NOW, ExecutionStatus.SUCCESS);
    model.onEvents(List.of(new TaskEvent.ExecutionFinished(ok)));
    assertThat(model.rows())
        .extracting(r -> r.execution().status())
        .containsOnly(ExecutionStatus.FAILED);
  }

  @Test
  void theTaskFilterSuggestsMatchingTasksAndTakesATypedName() {
    assertThat(model.suggest("rep")).extracting(TaskChoice::name).containsExactly("report");
    assertThat(model.suggest(" ")).isEmpty();
    model.chooseTask("BACKUP");
    assertThat(model.taskFilterProperty().get().name()).isEqualTo("backup");
    model.chooseTask("nothing like it");
    assertThat(model.errorProperty().get()).isEqualTo("No task matches 'nothing like it'");
    assertThat(model.taskFilterProperty().get().name()).isEqualTo("backup");
    model.chooseTask("");
    assertThat(model.taskFilterProperty().get()).isEqualTo(TaskChoice.ALL);
  }

  @Test
  void aFailedLoadSaysWhy() {
    service.failWith(new IllegalStateException("connection reset"));
    model.reload();
    assertThat(model.errorProperty().get())
        .isEqualTo("Could not load the execution log: connection reset");
  }
}
