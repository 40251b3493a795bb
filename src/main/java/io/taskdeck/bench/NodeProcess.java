package io.taskdeck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A node: a separate JVM with this process's class path running {@link BenchNode}. Its stdout is
 * read for the line protocol; its stderr (logs) goes to a file that is quoted if it fails.
 */
final class NodeProcess implements AutoCloseable {
  private final String nodeId;
  private final Process process;
  private final Path logFile;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final Thread reader;
  private volatile double peakHeapMb;

  private NodeProcess(String nodeId, Process process, Path logFile) {
    this.nodeId = nodeId;
    this.process = process;
    this.logFile = logFile;
    this.reader = new Thread(this::readProtocol, "bench-node-reader-" + nodeId);
    reader.setDaemon(true);
    reader.start();
  }

  static NodeProcess launch(
      EngineKind engine, ScratchDatabase db, int threads, String nodeId, Path logDir) {
    Path log = logDir.resolve(nodeId + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command(engine, db, threads, nodeId)).redirectError(log.toFile());
    builder.environment().remove(BenchNode.PASSWORD_VARIABLE);
    if (db.password() != null) {
      builder.environment().put(BenchNode.PASSWORD_VARIABLE, db.password());
    }
    try {
      return new NodeProcess(nodeId, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node " + nodeId, e);
    }
  }

  /**
   * The node's command line. It names the user but never holds the password, which other users of
   * the machine could read from the process list: the node reads it from {@link
   * BenchNode#PASSWORD_VARIABLE} in the environment {@link #launch} gives it.
   */
  static List<String> command(EngineKind engine, ScratchDatabase db, int threads, String nodeId) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + BenchSettings.NODE_HEAP);
    cmd.add("-Dlogback.configurationFile=" + BenchLogging.CONFIG);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchNode.class.getName());
    cmd.addAll(List.of("--engine", engine.wireName(), "--db", db.url(), "--node-id", nodeId));
    cmd.addAll(List.of("--threads", Integer.toString(threads)));
    if (db.user() != null) {
      cmd.addAll(List.of("--user", db.user()));
    }
    return cmd;
  }

  private void readProtocol() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith(BenchNode.PREFIX)) {
          continue;
        }
        String[] words = line.substring(BenchNode.PREFIX.length()).trim().split(" ");
        if (words[0].equals("READY")) {
          ready.countDown();
        } else if (words.length > 1 && (words[0].equals("HEAP") || words[0].equals("STOPPED"))) {
          peakHeapMb = Math.max(peakHeapMb, Double.parseDouble(words[1]));
        }
      }
    } catch (IOException e) {
      // The stream closes when the process dies; nothing more to read.
    }
  }

  /** Waits until the node executes; fails with the tail of its log when it died or timed out. */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.await(200, TimeUnit.MILLISECONDS)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "node "
                + nodeId
                + " did not become ready ("
                + (process.isAlive() ? "timed out" : "exited")
                + "); its log ends with:\n"
                + logTail());
      }
    }
  }

  String nodeId() {
    return nodeId;
  }

  /** The highest used heap the node reported, in MiB. */
  double peakHeapMb() {
    return peakHeapMb;
  }

  /** Kills the node at once, like {@code kill -9}. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /**
   * Asks the node to stop and waits for it; kills it when it does not stop within {@code grace}.
   */
  void stop(Duration grace) throws InterruptedException {
    if (process.isAlive()) {
      try {
        OutputStream in = process.getOutputStream();
        in.write("STOP\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      } catch (IOException e) {
        // Its stdin is gone: it is dying already; the wait below decides.
      }
    }
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
    }
    reader.join(2_000);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
