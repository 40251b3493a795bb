package io.taskdeck.ui;

import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.tasks.TasksViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how fast the Tasks view shows its first page with many tasks in H2 (default 500,000),
 * in the real window on the real engine. Prints figures; asserts no timing. Run:
 * ./mvnw -B test -Dtest=TasksFirstPageBenchmark -Dtaskdeck.bench=true [-Dtaskdeck.bench.tasks=500000]
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * and read the "BENCH" lines in target/surefire-reports/io.taskdeck.ui.TasksFirstPageBenchmark-output.txt.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "taskdeck.bench", matches = "true")
class TasksFirstPageBenchmark {
  private static final Logger log = LoggerFactory.getLogger(TasksFirstPageBenchmark.class);
  private static final int BATCH = 5_000;

  @TempDir Path dir;

  @Test
  void firstPageOfTheTasksViewWithManyTasks() throws Exception {
    int total = Integer.getInteger("taskdeck.bench.tasks", 500_000);
    try (EngineBackend backend = new EngineBackend(dir.resolve("db"), 2, false)) {
      long insertStart = System.nanoTime();
      Instant farAway = Instant.parse("2099-01-01T00:00:00Z");
      for (int done = 0; done < total; done += BATCH) {
        List<TaskSpec> batch = new ArrayList<>(BATCH);
        for (int i = done; i < Math.min(total, done + BATCH); i++) {
          batch.add(TaskSpec.builder().name("bulk task " + i).group("bench")
              .payload(ShellPayload.of("echo " + i)).schedule(new Schedule.Once(farAway)).build());
        }
        backend.tasks().scheduleAll(batch);
        if ((done / BATCH) % 10 == 0) {
          log.info("BENCH inserted {} of {} tasks", done + batch.size(), total);
        }
      }
      log.info("BENCH inserted {} tasks in {} s", total, Duration.ofNanos(System.nanoTime() - insertStart).toSeconds());
      measureService(backend);
      measureWindow(backend);
    }
  }

  private void measureService(EngineBackend backend) {
    for (int run = 1; run <= 3; run++) {
      log.info("BENCH service.list first page (run {}): {} ms", run, millis(() -> backend.tasks().list(TaskQuery.all().withLimit(TasksViewModel.PAGE_SIZE))));
    }
    var firstPage = backend.tasks().list(TaskQuery.all().withLimit(TasksViewModel.PAGE_SIZE));
    log.info("BENCH service.list second page: {} ms", millis(() -> backend.tasks().list(TaskQuery.all().withLimit(TasksViewModel.PAGE_SIZE).withCursor(firstPage.nextCursor()))));
    log.info("BENCH service.list search 'task 4999': {} ms", millis(() -> backend.tasks().list(new TaskQuery(Set.of(), null, null, "task 4999", TasksViewModel.PAGE_SIZE, null))));
    log.info("BENCH service.list status PAUSED (none): {} ms", millis(() -> backend.tasks().list(new TaskQuery(Set.of(TaskStatus.PAUSED), null, null, null, TasksViewModel.PAGE_SIZE, null))));
  }

  private void measureWindow(EngineBackend backend) throws InterruptedException {
    long opened = System.nanoTime();
    try (DesktopDriver driver = new DesktopDriver(backend.tasks(), backend.profile(), dir, Clock.systemDefaultZone())) {
      TableView<?> table = Fx.call(() -> (TableView<?>) driver.window().root().lookup("#tasksTable"));
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
          .until(() -> Fx.call(() -> !table.getItems().isEmpty()));
      log.info("BENCH window opened to first page shown: {} ms", Duration.ofNanos(System.nanoTime() - opened).toMillis());
      for (int run = 1; run <= 3; run++) {
        long start = System.nanoTime();
        Fx.run(() -> { table.getItems().clear(); driver.window().tasks().model().reload(); });
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
            .until(() -> Fx.call(() -> !table.getItems().isEmpty()));
        log.info("BENCH Tasks view reload to first page shown (run {}): {} ms", run, Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    }
  }

  private static long millis(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
