package io.taskdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.ui.testing.SyncUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogViewModelTest {
  @TempDir Path dir;
  private final SyncUiExecutor executor = new SyncUiExecutor();

  @Test
  void aMissingFileShowsTheEmptyStateUntilItAppears() throws IOException {
    Path file = dir.resolve("logs/taskdeck.log");
    AppLogViewModel model = new AppLogViewModel(file, executor);
    model.start();
    assertThat(model.existsProperty().get()).isFalse();
    Files.createDirectories(file.getParent());
    Files.writeString(file, "line 1\n");
    executor.runDelayed();
    assertThat(model.existsProperty().get()).isTrue();
    assertThat(model.textProperty().get()).isEqualTo("line 1\n");
  }

  @Test
  void appendedLinesAreAddedAndATruncatedFileStartsOver() throws IOException {
    Path file = dir.resolve("taskdeck.log");
    Files.writeString(file, "first\n");
    AppLogViewModel model = new AppLogViewModel(file, executor);
    model.readOnce();
    Files.writeString(file, "second\n", StandardOpenOption.APPEND);
    model.readOnce();
    assertThat(model.textProperty().get()).isEqualTo("first\nsecond\n");
    Files.writeString(file, "new\n");
    model.readOnce();
    assertThat(model.textProperty().get()).isEqualTo("new\n");
  }

  @Test
  void onlyTheTailOfAHugeFileIsKept() throws IOException {
    Path file = dir.resolve("big.log");
    Files.writeString(file, "x".repeat(AppLogViewModel.KEEP_CHARS + 1000) + "END");
    AppLogViewModel model = new AppLogViewModel(file, executor);
    model.readOnce();
    assertThat(model.textProperty().get()).hasSize(AppLogViewModel.KEEP_CHARS).endsWith("END");
  }

  @Test
  void stoppingEndsThePolling() {
    AppLogViewModel model = new AppLogViewModel(dir.resolve("none.log"), executor);
    model.start();
    assertThat(executor.pendingDelayed()).isEqualTo(1);
    model.stop();
    assertThat(executor.pendingDelayed()).isZero();
  }
}
