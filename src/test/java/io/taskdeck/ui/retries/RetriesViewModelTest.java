package io.taskdeck.ui.retries;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.FakeDeadLetterService;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.SampleData;
import io.taskdeck.ui.testing.Specs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetriesViewModelTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeTaskService tasks = new FakeTaskService(clock);
  private final FakeDeadLetterService letters = new FakeDeadLetterService(tasks);
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final RetriesViewModel model =
      new RetriesViewModel(
          tasks,
          letters,
          new io.taskdeck.ui.testing.FakeStatistics(tasks, letters),
          new io.taskdeck.ui.common.SharedCounts(),
          executor,
          dialogs,
          clock);

  private DeadLetter deadLetter(long id) {
    Task t = tasks.schedule(Specs.shell("Export " + id, "exit 1"));
    DeadLetter d =
        new DeadLetter(id, t.id(), t.name(), 3, "exit code 1\nline two", 7L, NOW.minusSeconds(60));
    letters.add(d);
    return d;
  }

  @Test
  void listsRetryingTasksWithAttemptOfMaxAndTheirLastError() {
    new SampleData(tasks, NOW).fill();
    model.reload();
    assertThat(model.retrying())
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.task().status()).isEqualTo(TaskStatus.RETRYING);
              assertThat(r.attemptText())
                  .isEqualTo(
                      "attempt "
                          + (r.task().retryCount() + 1)
                          + " of "
                          + r.task().spec().retry().maxAttempts());
            });
    assertThat(model.retryingCountProperty().get()).isEqualTo(model.retrying().size());
  }

  @Test
  void theCountdownIsRelativeToTheClock() {
    assertThat(model.countdown(NOW.plusSeconds(12))).isEqualTo("in 12 s");
    assertThat(model.countdown(NOW.plusSeconds(185))).isEqualTo("in 3 min 5 s");
    assertThat(model.countdown(NOW.minusSeconds(1))).isEqualTo("due now");
  }

  @Test
  void bulkRequeueRequeuesTheSelectionAndTheListEmpties() {
    DeadLetter a = deadLetter(1);
    DeadLetter b = deadLetter(2);
    model.reload();
    assertThat(model.deadCountProperty().get()).isEqualTo(2);
    model.requeue(List.of(a, b), null);
    assertThat(model.deadLetters()).isEmpty();
    assertThat(model.deadCountProperty().get()).isZero();
    assertThat(letters.requeuedAt()).hasSize(2);
  }

  @Test
  void requeueAtATypedTimeUsesTheZoneAndABadTimeNamesTheFieldAndRequeuesNothing() {
    DeadLetter a = deadLetter(1);
    model.reload();
    model.requeueAt(List.of(a), "tomorrow-ish", ZoneId.of("Europe/Berlin"));
    assertThat(dialogs.errors)
        .containsExactly(
            "Requeue failed: time: 'tomorrow-ish' is not a time like 2026-03-02 14:30");
    assertThat(model.deadLetters()).containsExactly(a);
    model.requeueAt(List.of(a), "2026-03-02 14:30", ZoneId.of("Europe/Berlin"));
    assertThat(letters.requeuedAt()).containsExactly(Instant.parse("2026-03-02T13:30:00Z"));
  }

  @Test
  void deleteAsksFirstAndKeepsTheLetterWhenTheAnswerIsNo() {
    DeadLetter a = deadLetter(1);
    model.reload();
    model.delete(List.of(a));
    assertThat(dialogs.questions).containsExactly("Delete the dead letter of Export 1?");
    assertThat(model.deadLetters()).containsExactly(a);
    dialogs.answering(true);
    model.delete(List.of(a));
    assertThat(model.deadLetters()).isEmpty();
  }

  @Test
  void aFailedActionShowsTheServiceMessage() {
    DeadLetter a = deadLetter(1);
    model.reload();
    letters.deleteDeadLetter(1);
    model.requeue(List.of(a), null);
    assertThat(dialogs.errors).singleElement().asString().startsWith("Requeue failed: ");
  }

  @Test
  void eventsReloadOnceAfterABurst() {
    model.onEvents(List.of(new TaskEvent.StatusChanged(null, TaskStatus.FAILED)));
    model.onEvents(List.of(new TaskEvent.StatusChanged(null, TaskStatus.FAILED)));
    assertThat(executor.pendingDelayed()).isEqualTo(1);
    deadLetter(5);
    executor.runDelayed();
    assertThat(model.deadCountProperty().get()).isEqualTo(1);
  }
}
