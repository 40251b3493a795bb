package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task editor against the real engine on a temporary H2 database (issue 16, "Save loses
 * settings").
 */
@Tag("db")
class TaskEditorOnEngineTest {
  @TempDir Path dir;
  private EngineBackend backend;
  private TaskService service;
  private final SyncUiExecutor executor = new SyncUiExecutor();

  @BeforeEach
  void open() {
    backend = new EngineBackend(dir, 1, false);
    service = backend.tasks();
  }

  @AfterEach
  void close() {
    backend.close();
  }

  private TaskEditorViewModel editor(Task task) {
    TaskEditorViewModel vm =
        new TaskEditorViewModel(service, executor, Clock.systemDefaultZone(), task, false);
    executor.runDelayed();
    return vm;
  }

  private TaskSpec everyFiveMinutesFromInAnHour() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return TaskSpec.builder()
        .name("every 5 min")
        .payload(new ShellPayload("true", null, Map.of("API_KEY", "abc123secret")))
        .schedule(
            new Schedule.Interval(
                Duration.ofMinutes(5),
                now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)),
                10))
        .retry(new RetryPolicy(3, Duration.ofSeconds(5), 2.0, Duration.ofHours(1), 0.25))
        .build();
  }

  @Test
  void editingTheDescriptionKeepsTheIntervalsStartEndRepeatAndTheRetryJitter() {
    TaskSpec spec = everyFiveMinutesFromInAnHour();
    Task task = service.schedule(spec);
    TaskEditorViewModel vm = editor(task);
    vm.descriptionProperty().set("checked by hand");
    List<Task> saved = new ArrayList<>();
    vm.save(saved::add);
    assertThat(saved).hasSize(1);
    Task after = service.get(task.id());
    assertThat(after.spec()).isEqualTo(spec.toBuilder().description("checked by hand").build());
    assertThat(after.nextRun()).isEqualTo(task.nextRun());
  }

  @Test
  void savingUnchangedChangesNothingAndTheTaskStillWaitsForItsStart() {
    TaskSpec spec = everyFiveMinutesFromInAnHour();
    Task task = service.schedule(spec);
    TaskEditorViewModel vm = editor(task);
    List<Task> saved = new ArrayList<>();
    vm.save(saved::add);
    assertThat(saved).hasSize(1);
    Task after = service.get(task.id());
    assertThat(after.spec()).isEqualTo(spec);
    assertThat(after.nextRun())
        .isEqualTo(task.nextRun())
        .isAfter(Instant.now().plus(Duration.ofMinutes(50)));
    assertThat(after.updatedAt()).as("no write at all").isEqualTo(task.updatedAt());
  }
}
