package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.retried;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries with backoff, the dead-letter queue and requeue. */
abstract class RetryContractTest extends EngineContractBase {

  DeadLetterService dlq;

  @BeforeEach
  void openDeadLetters() {
    dlq = h.engine().deadLetters();
  }

  @Test
  void failedAttemptsAreRetriedWithExponentialBackoffThenDeadLettered() {
    Task task =
        tasks.schedule(retried("flaky", "echo no; exit 1", 3, Duration.ofMillis(300)).build());

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.FAILED);
    List<Execution> runs = h.executions(task.id());
    assertThat(runs)
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.RETRIED, ExecutionStatus.RETRIED, ExecutionStatus.FAILED);
    assertThat(runs).extracting(Execution::attempt).containsExactly(1, 2, 3);
    assertGap(runs.get(0), runs.get(1), Duration.ofMillis(300));
    assertGap(runs.get(1), runs.get(2), Duration.ofMillis(600));
    assertThat(tasks.get(task.id()).retryCount()).isEqualTo(3);
    List<DeadLetter> letters = dlq.deadLetters(10, null).items();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).taskId()).isEqualTo(task.id());
    assertThat(letters.get(0).attempts()).isEqualTo(3);
    assertThat(letters.get(0).lastError()).contains("exit code 1");
    assertThat(h.registry().get("taskdeck.retries").counter().count()).isEqualTo(2.0);
  }

  private static void assertGap(Execution earlier, Execution later, Duration delay) {
    Duration gap = Duration.between(earlier.finishedAt(), later.startedAt());
    assertThat(gap).isBetween(delay.minusMillis(5), delay.plusMillis(1500));
  }

  @Test
  void aTaskThatRetriesShowsRetryingWithItsNextAttempt() {
    Task task = tasks.schedule(retried("slow retry", "exit 2", 2, Duration.ofSeconds(30)).build());

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.RETRYING);
    Task retrying = tasks.get(task.id());
    assertThat(retrying.nextRun()).isAfter(Instant.now().plusSeconds(20));
    assertThat(dlq.retrying(10, null).items()).extracting(Task::id).containsExactly(task.id());
  }

  @Test
  void aRequeuedDeadLetterRunsAgainAndCanSucceed() throws Exception {
    Path marker = temp.resolve("ready");
    Task task =
        tasks.schedule(
            retried("needs marker", "test -f " + marker, 2, Duration.ofMillis(100)).build());
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.FAILED);
    DeadLetter letter = dlq.deadLetters(10, null).items().get(0);
    Files.writeString(marker, "ok");

    assertThat(dlq.requeue(List.of(letter.id()), null)).containsExactly(letter.id());

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.RETRIED, ExecutionStatus.FAILED, ExecutionStatus.SUCCESS);
    assertThat(dlq.deadLetters(10, null).items()).isEmpty();
    assertThat(tasks.get(task.id()).retryCount()).isEqualTo(1);
  }

  @Test
  void cancellingARetryingTaskStopsItsPendingAttempt() {
    Task task = tasks.schedule(retried("give up", "exit 1", 3, Duration.ofMillis(1500)).build());
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.RETRYING);
    Instant pendingAttemptDue = tasks.get(task.id()).nextRun();

    tasks.cancel(task.id());

    await().atMost(WAIT).until(() -> Instant.now().isAfter(pendingAttemptDue.plusMillis(1000)));
    assertThat(h.executions(task.id())).hasSize(1);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void reschedulingARetryingTaskDropsItsPendingAttempt() {
    Task task = tasks.schedule(retried("moved", "exit 1", 3, Duration.ofMillis(1500)).build());
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.RETRYING);
    Instant pendingAttemptDue = tasks.get(task.id()).nextRun();

    Task moved = tasks.reschedule(task.id(), new Schedule.Once(Instant.now().plusSeconds(3600)));

    assertThat(moved.status()).isEqualTo(TaskStatus.SCHEDULED);
    await().atMost(WAIT).until(() -> Instant.now().isAfter(pendingAttemptDue.plusMillis(1000)));
    assertThat(h.executions(task.id())).hasSize(1);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void aRecurringTasksFailedOccurrenceDoesNotDisturbItsLaterOccurrences() {
    Instant start =
        Instant.now()
            .plusMillis(500)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .plusSeconds(1);
    Task task =
        tasks.schedule(
            retried("recurring", "exit 1", 2, Duration.ofMillis(200))
                .schedule(new Schedule.Interval(Duration.ofSeconds(1), start, null, 3))
                .build());

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(task.id()).stream().filter(e -> e.finishedAt() != null).count() == 6);
    List<Execution> firsts =
        h.executions(task.id()).stream().filter(e -> e.attempt() == 1).toList();
    assertThat(firsts)
        .extracting(Execution::scheduledFor)
        .containsExactly(start, start.plusSeconds(1), start.plusSeconds(2));
    assertThat(firsts).allMatch(e -> e.status() == ExecutionStatus.RETRIED);
    assertThat(dlq.deadLetters(10, null).items()).hasSize(3);
    // docs/engine.md: a recurring task whose last occurrence failed is COMPLETED, not FAILED
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
  }
}
