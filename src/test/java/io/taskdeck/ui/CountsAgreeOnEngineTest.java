package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.Jdbc;
import io.taskdeck.ui.common.SharedCounts;
import io.taskdeck.ui.dashboard.DashboardViewModel;
import io.taskdeck.ui.retries.RetriesViewModel;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "numbers disagree": the Dashboard's tile, the sidebar badge and the Retries tab show
 * the same dead-letter count, from one query over all rows, beyond the 1,000 the list holds.
 */
@Tag("db")
class CountsAgreeOnEngineTest {
  @TempDir Path dir;

  @Test
  void theDashboardTheBadgeAndTheRetriesTabShowOneDeadLetterCountBeyondTheListsLength() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      Jdbc jdbc = new Jdbc(backend.database().dataSource());
      for (int i = 0; i < 1_005; i++) {
        jdbc.update(
            "INSERT INTO dead_letter (task_id, task_name, attempts, failed_at) VALUES (?, ?, 3, ?)",
            UUID.randomUUID(),
            "failed " + i,
            Instant.now());
      }
      SyncUiExecutor executor = new SyncUiExecutor();
      SharedCounts counts = new SharedCounts();
      DashboardViewModel dashboard =
          new DashboardViewModel(
              backend.tasks(), backend.statistics(), counts, executor, Clock.systemUTC());
      RetriesViewModel retries =
          new RetriesViewModel(
              backend.tasks(),
              backend.deadLetters(),
              backend.statistics(),
              counts,
              executor,
              new RecordingDialogs(),
              Clock.systemUTC());
      dashboard.reload();
      assertThat(dashboard.errorProperty().get()).isNull();
      assertThat(counts.deadLetters().get()).isEqualTo(1_005);
      retries.reload();
      assertThat(retries.deadCountProperty().get()).isEqualTo(1_005);
      assertThat(retries.deadLetters()).hasSize(1_000);
      assertThat(retries.shownNote().get())
          .isEqualTo("Showing the first 1,000 of 1,005 dead letters. ");
      assertThat(dashboard.count(TaskStatus.FAILED))
          .as("failed tasks are not dead letters")
          .isZero();
    }
  }
}
