package io.taskdeck.ui.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.ui.testing.FakeCalendarService;
import io.taskdeck.ui.testing.FakeDefinitions;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportModelTest {
  private static final String ONE =
      """
      version: 1
      tasks:
      - name: backup
        group: ops
        type: noop
        schedule:
          kind: cron
          expression: 0 0 2 * * ?
          zone: UTC
      """;

  @TempDir Path dir;
  private final FakeTaskService tasks = new FakeTaskService(Clock.systemUTC());
  private int refreshed;
  private final ImportModel model =
      new ImportModel(
          FakeDefinitions.on(tasks, new FakeCalendarService(tasks)),
          new SyncUiExecutor(),
          () -> refreshed++);

  @Test
  void aCheckShowsThePlanAndChangesNothing() throws Exception {
    model.fileProperty().set(write("a.yaml", ONE).toString());
    model.check();
    assertThat(model.changes()).containsExactly("create task ops/backup");
    assertThat(model.summaryProperty().get()).startsWith("1 to create");
    assertThat(model.canApplyProperty().get()).isTrue();
    assertThat(names()).isEmpty();
  }

  @Test
  void applyAppliesTheCheckedDefinitionsOnceAndRefreshes() throws Exception {
    model.fileProperty().set(write("a.yaml", ONE).toString());
    model.check();
    model.apply();
    assertThat(names()).containsExactly("backup");
    assertThat(model.summaryProperty().get()).startsWith("1 created");
    assertThat(refreshed).isEqualTo(1);
    assertThat(model.canApplyProperty().get()).isFalse();
    model.apply();
    assertThat(names()).hasSize(1);
  }

  @Test
  void changingTheFileOrPruneDropsThePlanSoNothingUnseenIsApplied() throws Exception {
    model.fileProperty().set(write("a.yaml", ONE).toString());
    model.check();
    model.pruneProperty().set(true);
    assertThat(model.canApplyProperty().get()).isFalse();
    assertThat(model.changes()).isEmpty();
    model.apply();
    assertThat(names()).isEmpty();
  }

  @Test
  void aPlanWithoutChangesCannotBeApplied() throws Exception {
    model.fileProperty().set(write("a.yaml", ONE).toString());
    model.check();
    model.apply();
    model.check();
    assertThat(model.summaryProperty().get())
        .isEqualTo("0 to create, 0 to update, 0 to cancel, 1 unchanged (dry run: nothing changed)");
    assertThat(model.canApplyProperty().get()).isFalse();
  }

  @Test
  void aMissingFileOrABadOneIsAnErrorAndCannotBeApplied() throws Exception {
    model.fileProperty().set(dir.resolve("missing.yaml").toString());
    model.check();
    assertThat(model.errors()).containsExactly(dir.resolve("missing.yaml") + " does not exist");
    model.fileProperty().set(write("bad.yaml", "version: 2\n").toString());
    model.check();
    assertThat(model.errors())
        .singleElement()
        .asString()
        .isEqualTo("line 1, column 1: version must be 1, got 2");
    assertThat(model.summaryProperty().get()).isEqualTo("1 error in bad.yaml; nothing applied");
    assertThat(model.canApplyProperty().get()).isFalse();
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<String> names() {
    return tasks.list(TaskQuery.all()).items().stream().map(Task::name).toList();
  }
}
