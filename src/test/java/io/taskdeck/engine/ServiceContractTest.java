package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.noopAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The TaskService surface: listing, validation, state rules, events and metrics. */
abstract class ServiceContractTest extends EngineContractBase {
  static final Instant LATER = Instant.now().plus(Duration.ofDays(1));

  @Test
  void listingPagesThroughEveryTaskNewestFirstWithoutRepeats() {
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      specs.add(noopAt("task " + i, LATER));
    }
    List<UUID> ids = tasks.scheduleAll(specs);

    List<UUID> seen = new ArrayList<>();
    Page<Task> page = tasks.list(TaskQuery.all().withLimit(3));
    seen.addAll(page.items().stream().map(Task::id).toList());
    while (page.hasMore()) {
      page = tasks.list(TaskQuery.all().withLimit(3).withCursor(page.nextCursor()));
      seen.addAll(page.items().stream().map(Task::id).toList());
    }
    assertThat(seen).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    assertThat(new HashSet<>(ids)).hasSize(7);
  }

  @Test
  void listingFiltersByStatusTypeGroupAndText() {
    Task ops =
        tasks.schedule(
            TestTasks.noop("Backup Database")
                .group("ops")
                .schedule(new Schedule.Once(LATER))
                .build());
    Task shell =
        tasks.schedule(
            TaskSpec.builder()
                .name("cleanup")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Once(LATER))
                .build());
    tasks.cancel(shell.id());

    assertThat(ids(new TaskQuery(Set.of(TaskStatus.CANCELLED), null, null, null, 50, null)))
        .containsExactly(shell.id());
    assertThat(ids(new TaskQuery(Set.of(), TaskType.SHELL, null, null, 50, null)))
        .containsExactly(shell.id());
    assertThat(ids(new TaskQuery(Set.of(), null, "ops", null, 50, null))).containsExactly(ops.id());
    assertThat(ids(new TaskQuery(Set.of(), null, null, "backup", 50, null)))
        .containsExactly(ops.id());
    assertThat(ids(new TaskQuery(Set.of(), null, null, "50%_", 50, null))).isEmpty();
    assertThat(tasks.countByStatus())
        .containsEntry(TaskStatus.CANCELLED, 1L)
        .containsEntry(TaskStatus.SCHEDULED, 1L);
  }

  private List<UUID> ids(TaskQuery q) {
    return tasks.list(q).items().stream().map(Task::id).toList();
  }

  @Test
  void anInvalidCronIsRejectedNamingTheFieldAndGivingTheParsersReason() {
    TaskSpec bad =
        TestTasks.noop("bad cron")
            .schedule(new Schedule.Cron("0 0 25 * * ?", ZoneId.of("UTC")))
            .build();

    assertThatThrownBy(() -> tasks.schedule(bad))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("0 0 25 * * ?")
        .hasMessageContaining("Hour")
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("schedule.expression");
    assertThat(tasks.list(TaskQuery.all()).items()).isEmpty();
  }

  @Test
  void anUnknownCalendarIsRejectedRatherThanIgnored() {
    TaskSpec spec = TestTasks.noop("holiday-aware").calendar("holidays").build();

    assertThatThrownBy(() -> tasks.schedule(spec))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("calendar");
    assertThatThrownBy(
            () ->
                tasks.previewFireTimes(
                    Schedule.Interval.every(Duration.ofMinutes(1)), "holidays", null, 3))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void bulkValidationNamesTheIndexOfTheBadSpecAndCreatesNothing() {
    List<TaskSpec> specs = List.of(noopAt("fine", LATER), TestTasks.noop(" ").build());

    assertThatThrownBy(() -> tasks.scheduleAll(specs))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("tasks[1].name");
    assertThat(tasks.list(TaskQuery.all()).items()).isEmpty();
  }

  @Test
  void unknownIdsAndIllegalChangesAreRefused() {
    assertThatThrownBy(() -> tasks.cancel(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    Task task = tasks.schedule(noopAt("x", LATER));
    tasks.cancel(task.id());

    assertThatThrownBy(() -> tasks.resume(task.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.runNow(task.id()))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tasks.reschedule(task.id(), Schedule.Once.now()))
        .isInstanceOf(IllegalStateChangeException.class);
  }

  @Test
  void subscribersGetStatusAndExecutionEventsEvenWhenAnotherListenerThrows() {
    List<TaskEvent> events = new CopyOnWriteArrayList<>();
    tasks.subscribe(
        e -> {
          throw new IllegalStateException("a broken listener");
        });
    tasks.subscribe(events::add);

    Task task = tasks.schedule(TestTasks.noop("observed").build());

    await()
        .atMost(WAIT)
        .until(() -> events.stream().anyMatch(e -> e instanceof TaskEvent.ExecutionFinished));
    assertThat(events)
        .anyMatch(e -> e.equals(new TaskEvent.StatusChanged(task.id(), TaskStatus.SCHEDULED)));
    assertThat(events)
        .anyMatch(e -> e instanceof TaskEvent.ExecutionStarted s && s.taskId().equals(task.id()));
    await()
        .atMost(WAIT)
        .until(() -> events.contains(new TaskEvent.StatusChanged(task.id(), TaskStatus.COMPLETED)));
  }

  @Test
  void executionsAreCountedAndTimedInTheMeterRegistry() {
    Task task = tasks.schedule(TestTasks.noop("metered").build());
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);

    var registry = h.registry();
    assertThat(registry.get("taskdeck.tasks.scheduled").counter().count()).isEqualTo(1.0);
    assertThat(
            registry
                .get("taskdeck.executions")
                .tags("type", "noop", "outcome", ExecutionStatus.SUCCESS.name())
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get("taskdeck.execution.duration").timer().count()).isEqualTo(1);
    assertThat(registry.get("taskdeck.start.delay").timer().count()).isEqualTo(1);
    assertThat(registry.get("taskdeck.tasks").tag("status", "COMPLETED").gauge().value())
        .isEqualTo(1.0);
  }
}
