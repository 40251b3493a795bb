package io.taskdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the Logs task filter listed only the 1,000 newest tasks; it now searches every task on
 * the server.
 */
@Tag("db")
class LogsTaskFilterOnEngineTest {
  @TempDir Path dir;

  @Test
  void theOldestOfMoreThanAThousandTasksCanBeFoundAndChosenByTyping() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      backend
          .tasks()
          .schedule(
              TaskSpec.builder()
                  .name("legacy export")
                  .payload(ShellPayload.of("true"))
                  .schedule(new Schedule.Cron("0 0 3 * * ?", ZoneOffset.UTC))
                  .build());
      backend
          .tasks()
          .scheduleAll(
              IntStream.range(0, 1_010)
                  .mapToObj(
                      i ->
                          TaskSpec.builder()
                              .name("batch " + i)
                              .payload(ShellPayload.of("true"))
                              .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                              .build())
                  .toList());
      LogsViewModel model =
          new LogsViewModel(backend.tasks(), new SyncUiExecutor(), Clock.systemUTC());
      assertThat(model.suggest("legacy"))
          .extracting(TaskChoice::name)
          .containsExactly("legacy export");
      model.chooseTask("Legacy Export");
      assertThat(model.taskFilterProperty().get().name()).isEqualTo("legacy export");
      assertThat(model.query().taskId()).isEqualTo(model.taskFilterProperty().get().id());
    }
  }
}
