package io.taskdeck.ui;

import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.tasks.TasksViewModel;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast the Tasks view shows its first page as the task count grows in H2 (target 500,000), in
 * the real window on the real engine. Tasks go in through {@code TaskService.scheduleAll}; at every
 * checkpoint the first page is timed at the service and in the window. Prints figures (to
 * target/bench-tasks-first-page.txt as they come); asserts no timing. Run:
 *
 * <pre>
 * ./mvnw -B test -Dtest=TasksFirstPageBenchmark -Dtaskdeck.bench=true -Dsurefire.failIfNoSpecifiedTests=false \
 *   [-Dtaskdeck.bench.tasks=500000] [-Dtaskdeck.bench.every=50000] [-Dtaskdeck.bench.minutes=60]
 * </pre>
 *
 * The time budget stops the inserts early (the figures then name the count reached).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "taskdeck.bench", matches = "true")
class TasksFirstPageBenchmark {
  private static final int BATCH = 5_000;
  private static final Path REPORT = Path.of("target", "bench-tasks-first-page.txt");

  @TempDir Path dir;

  @Test
  void firstPageOfTheTasksViewAsTasksGrow() throws Exception {
    int total = Integer.getInteger("taskdeck.bench.tasks", 500_000);
    int every = Integer.getInteger("taskdeck.bench.every", 50_000);
    Instant budget =
        Instant.now().plus(Duration.ofMinutes(Integer.getInteger("taskdeck.bench.minutes", 60)));
    Files.writeString(
        REPORT,
        "Tasks view first page, H2, target " + total + " tasks, started " + Instant.now() + "\n");
    try (EngineBackend backend = new EngineBackend(dir.resolve("db"), 2, false)) {
      long insertStart = System.nanoTime();
      int done = 0;
      while (done < total && Instant.now().isBefore(budget)) {
        done += insert(backend, done, Math.min(BATCH, total - done));
        if (done % every == 0 || done == total) {
          report(
              "inserted %d tasks in %d s",
              done, Duration.ofNanos(System.nanoTime() - insertStart).toSeconds());
          measureService(backend, done);
        }
      }
      if (done % every != 0 && done != total) {
        report(
            "time budget reached: inserted %d tasks in %d s",
            done, Duration.ofNanos(System.nanoTime() - insertStart).toSeconds());
        measureService(backend, done);
      }
      measureWindow(backend, done);
    }
  }

  private static int insert(EngineBackend backend, int from, int count) {
    Instant farAway = Instant.parse("2099-01-01T00:00:00Z");
    List<TaskSpec> batch = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      batch.add(
          TaskSpec.builder()
              .name("bulk task " + i)
              .group("bench")
              .schedule(new Schedule.Once(farAway))
              .build());
    }
    return backend.tasks().scheduleAll(batch).size();
  }

  private static void measureService(EngineBackend backend, int n) throws IOException {
    TaskQuery first = TaskQuery.all().withLimit(TasksViewModel.PAGE_SIZE);
    for (int run = 1; run <= 3; run++) {
      report(
          "n=%d service.list first page (run %d): %d ms",
          n, run, millis(() -> backend.tasks().list(first)));
    }
    String cursor = backend.tasks().list(first).nextCursor();
    report(
        "n=%d service.list next page: %d ms",
        n, millis(() -> backend.tasks().list(first.withCursor(cursor))));
    report(
        "n=%d service.list search 'task %d': %d ms",
        n,
        n / 2,
        millis(
            () ->
                backend
                    .tasks()
                    .list(
                        new TaskQuery(
                            Set.of(),
                            null,
                            null,
                            "task " + n / 2,
                            TasksViewModel.PAGE_SIZE,
                            null))));
    report(
        "n=%d service.list status PAUSED (matches none): %d ms",
        n,
        millis(
            () ->
                backend
                    .tasks()
                    .list(
                        new TaskQuery(
                            Set.of(TaskStatus.PAUSED),
                            null,
                            null,
                            null,
                            TasksViewModel.PAGE_SIZE,
                            null))));
  }

  private static void measureWindow(EngineBackend backend, int n) throws Exception {
    Path dataDir = Files.createTempDirectory("bench-ui");
    long opened = System.nanoTime();
    try (DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.systemDefaultZone())) {
      TableView<?> table =
          Fx.call(() -> (TableView<?>) driver.window().root().lookup("#tasksTable"));
      waitForRows(table);
      report(
          "n=%d window start (toolkit, engine info, first page) to rows shown: %d ms",
          n, Duration.ofNanos(System.nanoTime() - opened).toMillis());
      for (int run = 1; run <= 3; run++) {
        long start = System.nanoTime();
        Fx.run(
            () -> {
              table.getItems().clear();
              driver.window().tasks().model().reload();
            });
        waitForRows(table);
        report(
            "n=%d Tasks view reload to first page shown (run %d): %d ms",
            n, run, Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    }
  }

  private static void waitForRows(TableView<?> table) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> Fx.call(() -> !table.getItems().isEmpty()));
  }

  private static long millis(Supplier<?> call) {
    long start = System.nanoTime();
    call.get();
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  private static void report(String format, Object... args) throws IOException {
    Files.writeString(
        REPORT,
        Instant.now() + " BENCH " + String.format(format, args) + "\n",
        StandardOpenOption.APPEND);
  }
}
