package io.taskdeck.ui.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeDefinitions;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportModelTest {
  @TempDir Path dir;
  private final FakeTaskService tasks = new FakeTaskService(Clock.systemUTC());
  private final RecordingDialogs dialogs = new RecordingDialogs();

  @BeforeEach
  void twoGroups() {
    tasks.schedule(TaskSpec.builder().name("backup").group("ops").build());
    tasks.schedule(TaskSpec.builder().name("report").group("finance").build());
  }

  private ExportModel model(Path file) {
    return new ExportModel(
        FakeDefinitions.on(tasks, new FakeCalendarService(tasks)),
        new SyncUiExecutor(),
        dialogs,
        file);
  }

  @Test
  void aJsonFileGetsJsonAndAGroupOnlyItsTasks() throws Exception {
    Path file = dir.resolve("ops.json");
    ExportModel model = model(file);
    model.groupProperty().set(" ops ");
    model.export();
    assertThat(model.messageProperty().get())
        .isEqualTo("Exported 1 task and 0 calendars to " + file);
    assertThat(Files.readString(file))
        .startsWith("{")
        .contains("\"backup\"")
        .doesNotContain("report");
  }

  @Test
  void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
    Path file = Files.writeString(dir.resolve("tasks.yaml"), "keep me");
    ExportModel model = model(file);
    model.export();
    assertThat(dialogs.questions).containsExactly("Replace tasks.yaml?");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(model.messageProperty().get()).startsWith("Not exported");
    dialogs.answering(true);
    model.export();
    assertThat(Files.readString(file)).contains("name: backup").contains("name: report");
  }

  @Test
  void withoutAFileItSaysSo() {
    ExportModel model = model(dir.resolve("x.yaml"));
    model.fileProperty().set("  ");
    model.export();
    assertThat(model.messageProperty().get()).isEqualTo("Choose a file to export to");
  }
}
