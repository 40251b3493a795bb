package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 5: "select all N matching" acts on every matching task of the engine, beyond the
 * pages loaded.
 */
@Tag("db")
class BulkActionsOnEngineTest {
  @TempDir Path dir;

  @Test
  void pausingAllMatchingPausesEveryMatchingTaskAndLeavesTheRest() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      List<TaskSpec> specs =
          IntStream.range(0, 1_030)
              .mapToObj(
                  i ->
                      TaskSpec.builder()
                          .name("nightly " + i)
                          .group(i < 1_010 ? "ops" : "web")
                          .payload(ShellPayload.of("true"))
                          .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                          .build())
              .toList();
      backend.tasks().scheduleAll(specs);
      TaskQuery ops = new TaskQuery(Set.of(), null, "ops", null, 100, null);
      long total = backend.statistics().countTasks(ops);
      assertThat(total).isEqualTo(1_010);
      SimpleStringProperty notice = new SimpleStringProperty();
      RecordingDialogs dialogs = new RecordingDialogs().answering(true);
      new BulkActions(backend.tasks(), new SyncUiExecutor(), dialogs, notice)
          .apply(BulkActions.Bulk.PAUSE, ops, total, () -> {});
      assertThat(notice.get()).isEqualTo("Paused 1,010 tasks");
      assertThat(
              backend
                  .statistics()
                  .countTasks(new TaskQuery(Set.of(TaskStatus.PAUSED), null, null, null, 10, null)))
          .isEqualTo(1_010);
      assertThat(
              backend
                  .statistics()
                  .countTasks(
                      new TaskQuery(Set.of(TaskStatus.SCHEDULED), null, "web", null, 10, null)))
          .isEqualTo(20);
    }
  }
}
