package io.taskdeck.ui.settings;

import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.DurationText;
import io.taskdeck.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Worker threads and the misfire threshold for the next start, validated and saved in the data dir.
 */
public final class EngineSettingsModel {
  static final int DEFAULT_THREADS = 10;
  static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(60);

  private final Path dataDir;
  private final UiExecutor executor;
  private final StringProperty workerThreads =
      new SimpleStringProperty(String.valueOf(DEFAULT_THREADS));
  private final StringProperty misfireThreshold =
      new SimpleStringProperty(DurationText.format(DEFAULT_THRESHOLD));
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty status = new SimpleStringProperty();
  private final StringProperty retention = new SimpleStringProperty();

  public EngineSettingsModel(Path dataDir, UiExecutor executor) {
    this.dataDir = dataDir;
    this.executor = executor;
  }

  public void load() {
    executor.submit(
        () -> EnginePrefs.load(dataDir),
        saved ->
            saved.ifPresent(
                p -> {
                  workerThreads.set(String.valueOf(p.workerThreads()));
                  misfireThreshold.set(DurationText.format(p.misfireThresholdDuration()));
                }),
        e -> error.set(e.getMessage()));
  }

  /** Validates both fields (the message names the field) and saves them for the next start. */
  public void save() {
    EnginePrefs prefs;
    try {
      prefs =
          new EnginePrefs(
              threads(),
              DurationText.parse(misfireThreshold.get())
                  .orElseThrow(
                      () ->
                          new ValidationException(
                              "misfire_threshold",
                              "misfire threshold: '"
                                  + misfireThreshold.get()
                                  + "' is not a duration like 60s or PT1M"))
                  .toString());
    } catch (ValidationException e) {
      error.set(e.getMessage());
      status.set(null);
      return;
    }
    executor.submit(
        () -> {
          prefs.save(dataDir);
          return prefs;
        },
        p -> {
          error.set(null);
          status.set(
              "Saved. The engine uses "
                  + p.workerThreads()
                  + " worker threads and a misfire threshold of "
                  + DurationText.format(p.misfireThresholdDuration())
                  + " from the next start.");
        },
        e -> error.set(e.getMessage()));
  }

  /**
   * Shows the running engine's retention periods (server flags, read-only here); null periods (a
   * backend that does not say) show nothing.
   */
  public void showRetention(Duration executions, Duration finished) {
    if (executions == null || finished == null) {
      retention.set(null);
      return;
    }
    retention.set(
        "Retention (--retain-executions, --retain-finished): execution rows "
            + period(executions)
            + ", finished one-shot tasks "
            + period(finished)
            + ".");
  }

  private static String period(Duration d) {
    return d.isZero() ? "kept forever" : "deleted after " + DurationText.format(d);
  }

  private int threads() {
    try {
      return Integer.parseInt(workerThreads.get().trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "worker_threads", "worker threads: '" + workerThreads.get() + "' is not a whole number");
    }
  }

  public StringProperty workerThreadsProperty() {
    return workerThreads;
  }

  public StringProperty misfireThresholdProperty() {
    return misfireThreshold;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty retentionProperty() {
    return retention;
  }
}
