package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stop row of docs/engine.md: a person stops a running attempt; it settles STOPPED. */
abstract class StopContractTest extends EngineContractBase {

  /** A shell task that writes its shell's pid to {@code pidFile}, then sleeps a minute. */
  private TaskSpec.Builder sleeper(String name, Path pidFile) {
    return TaskSpec.builder()
        .name(name)
        .payload(
            ShellPayload.of("echo started; echo $$ > '" + pidFile + "'; sleep 60; echo finished"))
        .retry(new RetryPolicy(3, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1), 0.0));
  }

  private long pid(Path pidFile) throws Exception {
    await().atMost(WAIT).until(() -> Files.exists(pidFile) && !Files.readString(pidFile).isBlank());
    return Long.parseLong(Files.readString(pidFile).trim());
  }

  @Test
  void aStoppedOneShotAttemptIsKilledSettlesStoppedAndIsNotRetried() throws Exception {
    Path pidFile = temp.resolve("one.pid");
    Task task = tasks.schedule(sleeper("one shot", pidFile).build());
    long pid = pid(pidFile);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.RUNNING);

    Task asked = tasks.stop(task.id());

    assertThat(asked.status()).isEqualTo(TaskStatus.RUNNING);
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("the shell was killed")
        .isFalse();
    List<Execution> runs = h.executions(task.id());
    assertThat(runs).extracting(Execution::status).containsExactly(ExecutionStatus.STOPPED);
    assertThat(runs.get(0).output()).contains("started").doesNotContain("finished");
    assertThat(runs.get(0).error()).contains("stopped");
    assertThat(tasks.get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.STOPPED);
    assertThat(h.engine().deadLetters().deadLetters(10, null).items()).isEmpty();
  }

  @Test
  void aStoppedRecurringTaskGoesOnWithItsNextOccurrence() throws Exception {
    Path pidFile = temp.resolve("hourly.pid");
    Task task =
        tasks.schedule(
            sleeper("hourly", pidFile)
                .schedule(Schedule.Interval.every(Duration.ofHours(1)))
                .build());
    pid(pidFile);

    tasks.stop(task.id());

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.SCHEDULED);
    Instant anchor = task.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    assertThat(tasks.get(task.id()).nextRun()).isEqualTo(anchor.plus(Duration.ofHours(1)));
    assertThat(h.executions(task.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.STOPPED);
  }

  @Test
  void aStopIsRefusedUnlessAnAttemptRuns() {
    Task later = tasks.schedule(TestTasks.noopAt("later", Instant.now().plusSeconds(3600)));
    Task done = tasks.schedule(TestTasks.noop("done").build());
    await().atMost(WAIT).until(() -> tasks.get(done.id()).status() == TaskStatus.COMPLETED);

    assertThatThrownBy(() -> tasks.stop(later.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.stop(done.id())).isInstanceOf(IllegalStateChangeException.class);
    assertThat(tasks.get(later.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(tasks.get(done.id()).status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void aStopAskedOnAManageOnlyNodeReachesTheNodeRunningTheAttempt() throws Exception {
    Path pidFile = temp.resolve("remote.pid");
    Task task = tasks.schedule(sleeper("remote", pidFile).build());
    long pid = pid(pidFile);

    try (TaskEngine desk =
        new TaskEngine(
            h.database(),
            EngineHarness.testDefaults().nodeId("desk").execute(false).build(),
            new SimpleMeterRegistry())) {
      desk.start();
      desk.service().stop(task.id());

      await()
          .atMost(WAIT)
          .until(() -> desk.service().get(task.id()).status() == TaskStatus.COMPLETED);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(h.executions(task.id()))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.STOPPED);
  }

  @Test
  void aRunningAttemptsOutputShowsWhileItRunsAndThatAttemptCanBeStoppedByItsLogId()
      throws Exception {
    Path pidFile = temp.resolve("tail.pid");
    Task task =
        tasks.schedule(
            TaskSpec.builder()
                .name("talks")
                .payload(
                    ShellPayload.of(
                        "echo first line; echo $$ > '" + pidFile + "'; sleep 60; echo never"))
                .build());
    pid(pidFile);
    long logId = h.executions(task.id()).get(0).logId();

    await()
        .atMost(WAIT)
        .until(
            () -> tasks.execution(logId).map(Execution::output).orElse("").contains("first line"));
    assertThat(tasks.execution(logId).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);

    Execution asked = tasks.stopExecution(logId);

    assertThat(asked.logId()).isEqualTo(logId);
    await()
        .atMost(WAIT)
        .until(() -> tasks.execution(logId).orElseThrow().status() == ExecutionStatus.STOPPED);
    assertThat(tasks.execution(logId).orElseThrow().output())
        .contains("first line")
        .doesNotContain("never");
    assertThatThrownBy(() -> tasks.stopExecution(logId))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.stopExecution(987_654_321L))
        .isInstanceOf(NotFoundException.class);
    assertThat(tasks.execution(987_654_321L)).isEmpty();
  }
}
