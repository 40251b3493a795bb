package io.taskdeck.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taskdeck.core.TaskdeckException;
import io.taskdeck.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Engine settings chosen in Settings for the next start, kept in {@code
 * <dataDir>/engine-settings.json}.
 *
 * @param misfireThreshold ISO-8601, e.g. PT60S
 */
public record EnginePrefs(int workerThreads, String misfireThreshold) {
  public static final int MAX_WORKER_THREADS = 200;
  static final String FILE = "engine-settings.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Validates: 1 to {@link #MAX_WORKER_THREADS} threads, a threshold of at least 100 ms. */
  public EnginePrefs {
    if (workerThreads < 1 || workerThreads > MAX_WORKER_THREADS) {
      throw new ValidationException(
          "worker_threads", "worker threads: between 1 and " + MAX_WORKER_THREADS);
    }
    if (threshold(misfireThreshold).compareTo(Duration.ofMillis(100)) < 0) {
      throw new ValidationException("misfire_threshold", "misfire threshold: at least 100 ms");
    }
  }

  private static Duration threshold(String iso) {
    try {
      return Duration.parse(iso);
    } catch (RuntimeException e) {
      throw new ValidationException(
          "misfire_threshold", "misfire threshold: '" + iso + "' is not a duration like PT60S");
    }
  }

  public Duration misfireThresholdDuration() {
    return threshold(misfireThreshold);
  }

  /** The stored settings of {@code dataDir}, if any were saved. */
  public static Optional<EnginePrefs> load(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), EnginePrefs.class));
    } catch (IOException e) {
      throw new TaskdeckException("could not read " + file + ": " + e.getMessage());
    }
  }

  public void save(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      Path tmp = Files.createTempFile(dataDir, "engine-settings", ".tmp");
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TaskdeckException("could not save " + file + ": " + e.getMessage());
    }
  }
}
