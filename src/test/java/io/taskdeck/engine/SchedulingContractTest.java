package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.every;
import static io.taskdeck.engine.TestTasks.noopAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When tasks run: once, interval, cron, cancel, reschedule, pause/resume, run now. */
abstract class SchedulingContractTest extends EngineContractBase {

  @Test
  void aOneShotTaskRunsOnceAtItsTime() {
    Instant at = Instant.now().plusMillis(2500);
    Task task = tasks.schedule(noopAt("once", at));
    assertThat(task.status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(task.nextRun()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    await()
        .during(Duration.ofMillis(1500))
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).size() == 1);
    Execution run = h.executions(task.id()).get(0);
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.startedAt())
        .isAfterOrEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(run.scheduledFor()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(tasks.get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.SUCCESS);
  }

  @Test
  void anIntervalTaskRunsRepeatedlyUntilItsRepeatCountIsUsed() {
    Task task = tasks.schedule(every("tick", Duration.ofSeconds(1), 3));

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    List<Execution> runs = h.executions(task.id());
    assertThat(runs).hasSize(3).allMatch(e -> e.status() == ExecutionStatus.SUCCESS);
    assertThat(Duration.between(runs.get(0).scheduledFor(), runs.get(2).scheduledFor()))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRecurringTaskStaysScheduledBetweenRuns() {
    Task task = tasks.schedule(every("forever", Duration.ofSeconds(1), null));

    await().atMost(WAIT).until(() -> h.executions(task.id()).size() >= 2);
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.SCHEDULED);
    Task now = tasks.get(task.id());
    assertThat(now.lastOutcome()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(now.nextRun()).isNotNull();
  }

  @Test
  void aCronTaskFiresOnItsScheduleInItsZone() {
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu"); // UTC+05:45: its hour never equals UTC's
    int hour = ZonedDateTime.now(kathmandu).getHour();
    String expr = "0/1 * " + hour + "," + (hour + 1) % 24 + " * * ?";
    Task task =
        tasks.schedule(TestTasks.noop("cron").schedule(new Schedule.Cron(expr, kathmandu)).build());

    await().atMost(WAIT).until(() -> h.executions(task.id()).size() >= 2);
    assertThat(h.executions(task.id()))
        .allSatisfy(e -> assertThat(e.scheduledFor().toEpochMilli() % 1000).isZero())
        .allSatisfy(
            e ->
                assertThat(e.scheduledFor().atZone(kathmandu).getHour())
                    .isIn(hour, (hour + 1) % 24));
    List<Instant> utcPreview =
        tasks.previewFireTimes(new Schedule.Cron(expr, ZoneId.of("UTC")), null, Instant.now(), 1);
    assertThat(utcPreview.get(0)).isAfter(Instant.now().plus(Duration.ofHours(2)));
  }

  @Test
  void cronPreviewGivesLocalTimesOfTheTasksZone() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<Instant> next =
        tasks.previewFireTimes(
            new Schedule.Cron("0 0 2 * * ?", berlin),
            null,
            Instant.parse("2026-01-10T00:00:00Z"),
            3);

    assertThat(next)
        .containsExactly(
            Instant.parse("2026-01-10T01:00:00Z"),
            Instant.parse("2026-01-11T01:00:00Z"),
            Instant.parse("2026-01-12T01:00:00Z"));
  }

  @Test
  void aTaskCancelledBeforeItsTimeNeverRuns() {
    Instant at = Instant.now().plusMillis(2500);
    Task task = tasks.schedule(noopAt("doomed", at));

    Task cancelled = tasks.cancel(task.id());

    assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(h.triggerCount(task.id())).isZero();
    await().atMost(WAIT).until(() -> Instant.now().isAfter(at.plusMillis(1500)));
    assertThat(h.executions(task.id())).isEmpty();
    // docs/engine.md: cancelling a CANCELLED task is refused (409), as for COMPLETED and FAILED
    assertThatThrownBy(() -> tasks.cancel(task.id()))
        .isInstanceOf(io.taskdeck.core.IllegalStateChangeException.class);
  }

  @Test
  void aRescheduledTaskRunsOnlyAtTheNewTime() {
    Instant oldTime =
        Instant.now().plusMillis(4000).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Task task = tasks.schedule(noopAt("moved", oldTime));
    Instant newTime =
        Instant.now().plusMillis(1500).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    Task moved = tasks.reschedule(task.id(), new Schedule.Once(newTime));

    assertThat(moved.nextRun()).isEqualTo(newTime);
    await().atMost(WAIT).until(() -> h.executions(task.id()).size() == 1);
    Execution run = h.executions(task.id()).get(0);
    assertThat(run.scheduledFor()).isEqualTo(newTime);
    assertThat(run.startedAt()).isAfterOrEqualTo(newTime);
    await().until(() -> Instant.now().isAfter(oldTime.plusMillis(1000)));
    assertThat(h.executions(task.id())).hasSize(1);
  }

  @Test
  void aPausedTaskDoesNotRunUntilResumed() {
    Task task = tasks.schedule(every("pausable", Duration.ofSeconds(1), null));
    await().atMost(WAIT).until(() -> !h.executions(task.id()).isEmpty());

    assertThat(tasks.pause(task.id()).status()).isEqualTo(TaskStatus.PAUSED);
    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(task.id()).stream()
                    .noneMatch(e -> e.status() == ExecutionStatus.RUNNING));
    int runsWhenPaused = h.executions(task.id()).size();
    await()
        .during(Duration.ofMillis(2500))
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).size() == runsWhenPaused);
    assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.PAUSED);

    assertThat(tasks.resume(task.id()).status()).isIn(TaskStatus.SCHEDULED, TaskStatus.RUNNING);
    await().atMost(WAIT).until(() -> h.executions(task.id()).size() > runsWhenPaused);
  }

  @Test
  void runNowRunsATaskAtOnceAndKeepsItsSchedule() {
    Instant later = Instant.now().plus(Duration.ofHours(1));
    Task task = tasks.schedule(noopAt("later", later));

    tasks.runNow(task.id());

    await().atMost(WAIT).until(() -> h.executions(task.id()).size() == 1);
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.SCHEDULED);
    assertThat(tasks.get(task.id()).nextRun())
        .isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }
}
