package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit, pause, resume, cancel, run-now and requeue rows of docs/engine.md's table. */
abstract class EditContractTest extends EngineContractBase {

  private List<Execution> runs(Task t) {
    return h.executions(t.id());
  }

  @Test
  void anEditThatLeavesTheScheduleUnchangedNeitherRunsTheTaskNorMovesItsNextRun() {
    Task task =
        tasks.schedule(
            TestTasks.noop("every 30 min")
                .schedule(Schedule.Interval.every(Duration.ofMinutes(30)))
                .build());
    await()
        .atMost(WAIT)
        .until(
            () -> runs(task).size() == 1 && tasks.get(task.id()).status() == TaskStatus.SCHEDULED);
    Instant next = tasks.get(task.id()).nextRun();

    Task edited =
        tasks.update(
            task.id(),
            task.spec().toBuilder().description("only the description").priority(9).build());

    assertThat(edited.nextRun()).isEqualTo(next);
    assertThat(edited.spec().description()).isEqualTo("only the description");
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> runs(task).size() == 1);
    assertThat(tasks.get(task.id()).nextRun())
        .isEqualTo(next)
        .isEqualTo(
            task.createdAt()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .plus(Duration.ofMinutes(30)));
  }

  @Test
  void anEditThatChangesTheScheduleTakesItsFirstOccurrenceAfterNowAndDoesNotRunItNow() {
    Task task =
        tasks.schedule(
            TestTasks.noop("hourly")
                .schedule(
                    new Schedule.Interval(
                        Duration.ofHours(1), Instant.now().plusSeconds(3600), null, null))
                .build());

    Instant start =
        Instant.now().plusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Task edited =
        tasks.reschedule(task.id(), new Schedule.Interval(Duration.ofHours(2), start, null, null));

    assertThat(edited.nextRun()).isEqualTo(start);
    assertThat(edited.status()).isEqualTo(TaskStatus.SCHEDULED);
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> runs(task).isEmpty());
  }

  @Test
  void pauseKeepsThePhaseAndResumeRunsOnlyOnTheAnchorsOccurrences() {
    Task task =
        tasks.schedule(
            TestTasks.noop("every second")
                .schedule(Schedule.Interval.every(Duration.ofSeconds(1)))
                .build());
    await().atMost(WAIT).until(() -> !runs(task).isEmpty());
    tasks.pause(task.id());
    int paused = runs(task).size();
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> runs(task).size() <= paused + 1);

    tasks.resume(task.id());

    await().atMost(WAIT).until(() -> runs(task).size() >= paused + 3);
    long anchor = task.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toEpochMilli();
    assertThat(runs(task))
        .allSatisfy(e -> assertThat((e.scheduledFor().toEpochMilli() - anchor) % 1000).isZero());
  }

  @Test
  void cancelAndPauseOfAFinishedTaskAreRefused() {
    Task done = tasks.schedule(TestTasks.noop("done").build());
    await().atMost(WAIT).until(() -> tasks.get(done.id()).status() == TaskStatus.COMPLETED);

    assertThatThrownBy(() -> tasks.cancel(done.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.pause(done.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.resume(done.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThat(tasks.get(done.id()).status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void runNowRunsARecurringTaskThroughTheLaneAndItsNextOccurrenceIsDueAsBefore() {
    Instant start =
        Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Task task =
        tasks.schedule(
            TestTasks.noop("hourly")
                .schedule(new Schedule.Interval(Duration.ofHours(1), start, null, null))
                .build());

    tasks.runNow(task.id());

    await()
        .atMost(WAIT)
        .until(
            () -> runs(task).size() == 1 && tasks.get(task.id()).status() == TaskStatus.SCHEDULED);
    assertThat(tasks.get(task.id()).nextRun()).isEqualTo(start);
    assertThat(h.triggerCount(task.id())).isZero();
    await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> runs(task).size() == 1);
  }

  @Test
  void aRequeueAtAnInstantBeyondTheProductsBoundsIsRefusedAndKeepsTheDeadLetter() {
    DeadLetterService dlq = h.engine().deadLetters();
    Task task = tasks.schedule(TestTasks.shell("fails", "exit 1"));
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.FAILED);
    DeadLetter letter = dlq.deadLetters(10, null).items().get(0);

    assertThatThrownBy(
            () -> dlq.requeue(List.of(letter.id()), Instant.parse("+999999999-12-31T23:59:59Z")))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("at");
    assertThatThrownBy(
            () -> dlq.requeue(List.of(letter.id()), Instant.parse("1969-12-31T23:59:59Z")))
        .isInstanceOf(ValidationException.class);

    assertThat(dlq.deadLetters(10, null).items())
        .extracting(DeadLetter::id)
        .containsExactly(letter.id());
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.FAILED);
    Instant later = Instant.parse("9999-12-31T00:00:00Z");
    assertThat(dlq.requeue(List.of(letter.id()), later)).containsExactly(letter.id());
    assertThat(tasks.get(task.id()).nextRun()).isEqualTo(later);
    assertThat(dlq.deadLetters(10, null).items()).isEmpty();
  }

  @Test
  void aRequeueRefusedForOneDeadLetterRequeuesNoneOfThem() {
    DeadLetterService dlq = h.engine().deadLetters();
    Task a = tasks.schedule(TestTasks.shell("a", "exit 1"));
    Task b = tasks.schedule(TestTasks.shell("b", "exit 1"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                tasks.get(a.id()).status() == TaskStatus.FAILED
                    && tasks.get(b.id()).status() == TaskStatus.FAILED);
    List<DeadLetter> letters = dlq.deadLetters(10, null).items();
    tasks.update(
        b.id(),
        b.spec().toBuilder().schedule(new Schedule.Once(Instant.now().plusSeconds(3600))).build());
    tasks.cancel(b.id());

    assertThatThrownBy(() -> dlq.requeue(letters.stream().map(DeadLetter::id).toList(), null))
        .isInstanceOf(IllegalStateChangeException.class);

    assertThat(dlq.deadLetters(10, null).items()).hasSize(2);
    assertThat(tasks.get(a.id()).status()).isEqualTo(TaskStatus.FAILED);
    assertThat(runs(a)).extracting(Execution::status).containsExactly(ExecutionStatus.FAILED);
  }

  @Test
  void anEditWhileAnAttemptRunsToAScheduleTheCalendarLeavesNothingOfIsRefusedAndChangesNothing() {
    h.engine()
        .calendars()
        .saveCalendar(
            io.taskdeck.core.CalendarSpec.cron(
                "every-third-second", java.time.ZoneId.of("UTC"), "*/3 * * * * ?"));
    Task task = tasks.schedule(TestTasks.shell("runs a while", "sleep 3"));
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.RUNNING);

    assertThatThrownBy(
            () ->
                tasks.update(
                    task.id(),
                    task.spec().toBuilder()
                        .schedule(new Schedule.Cron("*/3 * * * * ?", java.time.ZoneId.of("UTC")))
                        .calendar("every-third-second")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("schedule");

    assertThat(tasks.get(task.id()).spec().schedule()).isEqualTo(task.spec().schedule());
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(runs(task)).extracting(Execution::status).containsExactly(ExecutionStatus.SUCCESS);
  }
}
