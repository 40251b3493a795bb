package io.taskdeck.engine.cluster;

import io.taskdeck.testsupport.RealTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ClusterNodeMain} in its own JVM, started from the test class path. Its output goes to
 * {@code LOG_DIR/<node id>.log}; the {@code @@} protocol lines are also queued for {@link #await}.
 */
public final class NodeProcess implements AutoCloseable {
  private final String nodeId;
  private final Process process;
  private final Path log;
  private final PrintWriter commands;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

  private NodeProcess(String nodeId, Process process, Path log) throws IOException {
    this.nodeId = nodeId;
    this.process = process;
    this.log = log;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    Thread pump = new Thread(() -> pump(out), "pump-" + nodeId);
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts a node; {@link #awaitReady} waits for it. */
  static NodeProcess start(NodeOptions o, String user, String password, Path logDir)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
    cmd.addAll(o.jvmOptions());
    cmd.addAll(
        List.of("-cp", System.getProperty("java.class.path"), ClusterNodeMain.class.getName()));
    cmd.addAll(o.args(user, password));
    Files.createDirectories(logDir);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    return new NodeProcess(o.nodeId(), p, freshLog(logDir, o.nodeId()));
  }

  /**
   * {@code <node id>.log}, or {@code <node id>.2.log} and so on when the node id was started
   * before.
   */
  private static Path freshLog(Path logDir, String nodeId) {
    Path log = logDir.resolve(nodeId + ".log");
    for (int n = 2; Files.exists(log); n++) {
      log = logDir.resolve(nodeId + "." + n + ".log");
    }
    return log;
  }

  private void pump(Writer out) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        out) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.write('\n');
        out.flush();
        if (line.startsWith("@@ ")) {
          replies.add(line.substring(3));
        }
      }
    } catch (IOException e) {
      replies.add("ERROR output lost: " + e);
    }
  }

  public String nodeId() {
    return nodeId;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** This node's output: its log and the protocol lines. */
  public Path log() {
    return log;
  }

  /** The lines of this node's log so far. */
  public List<String> logLines() throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  NodeProcess awaitReady(Duration timeout) {
    String line = await(timeout);
    if (!line.startsWith("READY")) {
      throw new IllegalStateException(nodeId + " did not start: " + line);
    }
    return this;
  }

  /** Sends one command and returns its answer. */
  public String send(String command, Duration timeout) {
    commands.println(command);
    return await(timeout);
  }

  /**
   * Sends a command until it is answered with {@code expected} as its first word (an {@code ERROR}
   * answer, as while the database is down, is asked again after a pause), and returns that answer
   * without its first word.
   */
  public String ask(String command, String expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = send(command, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000)));
      if (last.startsWith(expected + " ") || last.equals(expected)) {
        return last.substring(expected.length()).trim();
      }
      if (!last.startsWith("ERROR ")) {
        throw new IllegalStateException(nodeId + " answered '" + command + "' with: " + last);
      }
      RealTime.pass(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        nodeId + " did not answer '" + command + "' within " + timeout + "; last: " + last);
  }

  private String await(Duration timeout) {
    try {
      String line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new IllegalStateException(
            nodeId + " gave no answer within " + timeout + (alive() ? "" : " (it exited)"));
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** {@code kill -9}: the node dies without any clean-up. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** {@code kill -STOP} / {@code kill -CONT}: a laptop lid closing and opening. */
  public void signal(String signal) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IOException("kill -" + signal + " " + pid() + " failed");
    }
  }

  /** Stops the node: SIGTERM, then SIGKILL if it has not exited within a few seconds. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    try {
      signal("CONT"); // a suspended JVM cannot handle SIGTERM
    } catch (IOException e) {
      // it may just have exited
    }
    process.destroy();
    if (!process.waitFor(8, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
