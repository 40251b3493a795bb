package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.Specs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskActionsTest {
  private final FakeTaskService service = new FakeTaskService(Clock.systemUTC());
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final TasksViewModel table =
      new TasksViewModel(
          service,
          new io.taskdeck.ui.testing.FakeStatistics(
              service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
          executor);
  private final TaskActions actions = new TaskActions(service, executor, dialogs, table);

  @BeforeEach
  void twoTasks() {
    service.schedule(Specs.shell("backup", "pg_dump"));
    service.schedule(Specs.shell("report", "make report"));
    table.reload();
  }

  private TaskStatus status(Task t) {
    return service.get(t.id()).status();
  }

  @Test
  void cancelAsksFirstAndDoesNothingWhenTheUserKeepsTheTask() {
    Task t = table.tasks().get(0);
    dialogs.answering(false);
    actions.cancel(List.of(t));
    assertThat(dialogs.questions).containsExactly("Cancel \"report\"?");
    assertThat(status(t)).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void aConfirmedCancelCancelsEverySelectedTaskAndUpdatesTheTable() {
    dialogs.answering(true);
    actions.cancel(List.copyOf(table.tasks()));
    assertThat(dialogs.questions).containsExactly("Cancel 2 tasks?");
    assertThat(table.tasks()).allMatch(t -> t.status() == TaskStatus.CANCELLED);
    assertThat(actions.noticeProperty().get()).isEqualTo("Cancelled 2 tasks");
  }

  @Test
  void pauseResumeTogglesAndResumesOnlyWhenAllSelectedArePaused() {
    Task t = table.tasks().get(0);
    actions.togglePause(List.of(t));
    assertThat(table.tasks().get(0).status()).isEqualTo(TaskStatus.PAUSED);
    actions.togglePause(List.copyOf(table.tasks()));
    assertThat(table.tasks()).allMatch(x -> x.status() == TaskStatus.PAUSED);
    actions.togglePause(List.copyOf(table.tasks()));
    assertThat(table.tasks()).allMatch(x -> x.status() == TaskStatus.SCHEDULED);
  }

  @Test
  void refusedActionsAreReportedInOneMessageNamingEachTask() {
    dialogs.answering(true);
    service.failWith(new io.taskdeck.core.IllegalStateChangeException("the engine refused"));
    actions.cancel(List.copyOf(table.tasks()));
    assertThat(dialogs.errors).hasSize(1);
    assertThat(dialogs.errors.get(0))
        .contains("report: the engine refused", "backup: the engine refused");
    assertThat(actions.noticeProperty().get()).isEmpty();
  }

  @Test
  void runNowRecordsAnAttempt() {
    Task t = table.tasks().get(1);
    actions.runNow(List.of(t));
    assertThat(service.get(t.id()).lastOutcome())
        .isEqualTo(io.taskdeck.core.ExecutionStatus.SUCCESS);
    assertThat(actions.noticeProperty().get()).isEqualTo("Started 1 task");
  }

  @Test
  void rescheduleMovesTheTaskToTheNewSchedule() {
    Task t = table.tasks().get(0);
    io.taskdeck.core.Schedule daily =
        new io.taskdeck.core.Schedule.Cron("0 0 4 * * ?", ZoneId.of("UTC"));
    actions.reschedule(t, daily);
    assertThat(service.get(t.id()).spec().schedule()).isEqualTo(daily);
    assertThat(actions.noticeProperty().get()).isEqualTo("Rescheduled 1 task");
  }
}
