package io.taskdeck.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of real executions, kept by the tasks themselves and independent of Taskdeck's
 * execution log: every shell task made with {@link #appendCommand} appends one line {@code NAME PID
 * EPOCH_MS} to this file when it starts, where PID is the process that started the shell (the
 * Taskdeck node: {@code $PPID}) and EPOCH_MS the machine's wall clock ({@code date +%s%3N}), so a
 * node's own clock, even when overridden, plays no part. {@code echo} appends a line in one write
 * to a file opened with O_APPEND, so lines of concurrent tasks never interleave.
 */
public final class RunFile {
  private final Path path;

  public RunFile(Path path) {
    this.path = path.toAbsolutePath();
  }

  /** {@code runs.txt} in {@code dir}. */
  public static RunFile in(Path dir) {
    return new RunFile(dir.resolve("runs.txt"));
  }

  public Path path() {
    return path;
  }

  /** The shell command that records one start of the task {@code name} (no spaces in it). */
  public String appendCommand(String name) {
    if (name.contains(" ") || name.contains("'") || name.contains("\"")) {
      throw new IllegalArgumentException("a run name has no spaces or quotes: " + name);
    }
    return "echo \"" + name + " $PPID $(date +%s%3N)\" >> '" + path + "'";
  }

  /**
   * The due time of task {@code i} of {@code count} spread evenly from {@code first} over {@code
   * spread}.
   */
  public static long dueOf(long first, long spread, int count, int i) {
    return first + (count == 1 ? 0 : spread * i / (count - 1));
  }

  /**
   * One recorded start.
   *
   * @param position its line number in the file (0-based): the order in which starts were recorded
   */
  public record Run(String name, long pid, long atMillis, int position) {}

  /** Every complete line so far, in file order. */
  public List<Run> read() {
    if (!Files.exists(path)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Run> runs = new ArrayList<>();
    int end = text.lastIndexOf('\n'); // a line still being written is not counted yet
    if (end < 0) {
      return runs;
    }
    for (String line : text.substring(0, end).split("\n")) {
      String[] w = line.trim().split(" ");
      if (w.length != 3) {
        throw new IllegalStateException(
            "unexpected line " + runs.size() + " in " + path + ": " + line);
      }
      runs.add(new Run(w[0], Long.parseLong(w[1]), Long.parseLong(w[2]), runs.size()));
    }
    return runs;
  }

  /** The number of complete lines so far. */
  public int count() {
    return read().size();
  }

  /** The starts of each name, in file order. */
  public Map<String, List<Run>> byName() {
    Map<String, List<Run>> out = new LinkedHashMap<>();
    for (Run r : read()) {
      out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The starts of one name, by time. */
  public List<Run> of(String name) {
    List<Run> out = new ArrayList<>(byName().getOrDefault(name, List.of()));
    out.sort(Comparator.comparingLong(Run::atMillis));
    return out;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
