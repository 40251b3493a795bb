package io.taskdeck.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineSettingsModelTest {
  @TempDir Path dataDir;
  private final SyncUiExecutor executor = new SyncUiExecutor();

  @Test
  void validSettingsAreSavedForTheNextStartAndReadBack() {
    EngineSettingsModel model = new EngineSettingsModel(dataDir, executor);
    model.workerThreadsProperty().set("4");
    model.misfireThresholdProperty().set("90s");
    model.save();
    assertThat(model.errorProperty().get()).isNull();
    EnginePrefs saved = EnginePrefs.load(dataDir).orElseThrow();
    assertThat(saved.workerThreads()).isEqualTo(4);
    assertThat(saved.misfireThresholdDuration()).isEqualTo(Duration.ofSeconds(90));
    EngineSettingsModel again = new EngineSettingsModel(dataDir, executor);
    again.load();
    assertThat(again.workerThreadsProperty().get()).isEqualTo("4");
    assertThat(io.taskdeck.ui.common.DurationText.parse(again.misfireThresholdProperty().get()))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void theRunningEnginesRetentionIsShownReadOnlyWithZeroAsKeptForever() {
    EngineSettingsModel model = new EngineSettingsModel(dataDir, executor);
    model.showRetention(Duration.ofDays(30), Duration.ZERO);
    assertThat(model.retentionProperty().get())
        .isEqualTo(
            "Retention (--retain-executions, --retain-finished): execution rows deleted after 30d, finished one-shot tasks"
                + " kept forever.");
    model.showRetention(null, null);
    assertThat(model.retentionProperty().get()).isNull();
  }

  @Test
  void badValuesNameTheFieldAndSaveNothing() {
    EngineSettingsModel model = new EngineSettingsModel(dataDir, executor);
    model.workerThreadsProperty().set("many");
    model.save();
    assertThat(model.errorProperty().get())
        .isEqualTo("worker threads: 'many' is not a whole number");
    model.workerThreadsProperty().set("0");
    model.save();
    assertThat(model.errorProperty().get()).isEqualTo("worker threads: between 1 and 200");
    model.workerThreadsProperty().set("8");
    model.misfireThresholdProperty().set("50ms");
    model.save();
    assertThat(model.errorProperty().get()).isEqualTo("misfire threshold: at least 100 ms");
    model.misfireThresholdProperty().set("soon");
    model.save();
    assertThat(model.errorProperty().get())
        .startsWith("misfire threshold: 'soon' is not a duration");
    assertThat(Files.exists(dataDir.resolve(EnginePrefs.FILE))).isFalse();
  }
}
