package io.taskdeck.ui.logs;

import io.taskdeck.ui.common.UiExecutor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Tails the application log file: reads what was appended since the last look, keeping the last 256
 * KiB.
 */
public final class AppLogViewModel {
  static final int KEEP_CHARS = 256 * 1024;
  static final Duration POLL = Duration.ofSeconds(1);

  private final Path file;
  private final UiExecutor executor;
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty exists = new SimpleBooleanProperty(true);
  private final StringProperty error = new SimpleStringProperty();
  private long offset;
  private boolean tailing;
  private UiExecutor.Cancellable next;

  public AppLogViewModel(Path file, UiExecutor executor) {
    this.file = file;
    this.executor = executor;
  }

  public Path file() {
    return file;
  }

  /** Reads once now and then every second until {@link #stop()}. */
  public void start() {
    if (!tailing) {
      tailing = true;
      poll();
    }
  }

  public void stop() {
    tailing = false;
    if (next != null) {
      next.cancel();
    }
  }

  private void poll() {
    if (!tailing) {
      return;
    }
    readOnce();
    next = executor.schedule(POLL, this::poll);
  }

  /** Reads what was appended since the last read. */
  public void readOnce() {
    long from = offset;
    executor.submit(
        () -> read(from),
        this::append,
        e -> error.set("Could not read " + file + ": " + e.getMessage()));
  }

  /**
   * A chunk read from the file: where it ended, and whether the file was truncated and restarted.
   */
  record Chunk(boolean exists, long end, String text, boolean restarted) {}

  private Chunk read(long from) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new Chunk(false, 0, "", true);
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      boolean restarted = size < from;
      long start = restarted ? 0 : from;
      start = Math.max(start, size - KEEP_CHARS);
      byte[] bytes = new byte[(int) (size - start)];
      raf.seek(start);
      raf.readFully(bytes);
      return new Chunk(
          true, size, new String(bytes, StandardCharsets.UTF_8), restarted || start > from);
    }
  }

  private void append(Chunk chunk) {
    exists.set(chunk.exists());
    error.set(null);
    offset = chunk.end();
    String combined = chunk.restarted() ? chunk.text() : text.get() + chunk.text();
    text.set(
        combined.length() > KEEP_CHARS
            ? combined.substring(combined.length() - KEEP_CHARS)
            : combined);
  }

  public StringProperty textProperty() {
    return text;
  }

  public BooleanProperty existsProperty() {
    return exists;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
