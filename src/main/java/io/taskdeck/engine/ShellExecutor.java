package io.taskdeck.engine;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.ShellPayload;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a shell command with {@code /bin/sh -c} ({@code cmd.exe /c} on Windows). A timeout or an
 * interrupt kills the whole process tree. Keeps the last 64 KiB of stdout and of stderr. The
 * command sees only the {@link TaskEnvironment}: never the server's secrets.
 */
final class ShellExecutor {
  private static final Logger log = LoggerFactory.getLogger(ShellExecutor.class);
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
  private static final long STREAM_JOIN_MS = 2_000;

  private final TaskEnvironment environment;
  private final Supplier<Map<String, String>> serverEnv;

  ShellExecutor(TaskEnvironment environment) {
    this(environment, System::getenv);
  }

  /** With {@code serverEnv} standing for this process's environment, for tests. */
  ShellExecutor(TaskEnvironment environment, Supplier<Map<String, String>> serverEnv) {
    this.environment = environment;
    this.serverEnv = serverEnv;
  }

  Outcome run(ShellPayload payload, Duration timeout) {
    return run(payload, timeout, new LiveOutput());
  }

  /** Runs it; {@code live} reads the output so far while it runs. */
  Outcome run(ShellPayload payload, Duration timeout, LiveOutput live) {
    ProcessBuilder pb =
        new ProcessBuilder(
            WINDOWS
                ? List.of("cmd.exe", "/c", payload.command())
                : List.of("/bin/sh", "-c", payload.command()));
    if (payload.workingDir() != null && !payload.workingDir().isBlank()) {
      pb.directory(new File(payload.workingDir()));
    }
    // The child starts from nothing but what the task may see, never from a copy of ours.
    pb.environment().clear();
    pb.environment().putAll(environment.build(serverEnv.get(), payload.env()));
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      return Outcome.failed("cannot start the command: " + e.getMessage());
    }
    TailBuffer out = new TailBuffer(TailBuffer.DEFAULT_CAPACITY);
    TailBuffer err = new TailBuffer(TailBuffer.DEFAULT_CAPACITY);
    Thread outReader = reader(process.getInputStream(), out, "stdout");
    Thread errReader = reader(process.getErrorStream(), err, "stderr");
    live.attach(() -> output(out, err), () -> out.total() + err.total());
    closeQuietly(process);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        killTree(process);
        join(outReader, errReader);
        return new Outcome(
            ExecutionStatus.TIMED_OUT,
            null,
            null,
            output(out, err),
            "timed out after " + timeout + "; process tree killed");
      }
    } catch (InterruptedException e) {
      killTree(process);
      join(outReader, errReader);
      return Outcome.interrupted(output(out, err));
    }
    join(outReader, errReader);
    int exit = process.exitValue();
    ExecutionStatus status = exit == 0 ? ExecutionStatus.SUCCESS : ExecutionStatus.FAILED;
    return new Outcome(
        status, exit, null, output(out, err), exit == 0 ? null : "exit code " + exit);
  }

  private static Thread reader(InputStream in, TailBuffer into, String name) {
    Thread t =
        new Thread(
            () -> {
              try (in) {
                into.drain(in);
              } catch (IOException e) {
                log.debug("Reading {} of a shell task stopped: {}", name, e.getMessage());
              }
            },
            "taskdeck-shell-" + name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void closeQuietly(Process p) {
    try {
      p.getOutputStream().close();
    } catch (IOException e) {
      log.debug("Closing stdin of a shell task failed: {}", e.getMessage());
    }
  }

  /** Kills the children first (so none is re-parented and survives), then the shell. */
  static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(STREAM_JOIN_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread... readers) {
    boolean interrupted = Thread.interrupted();
    for (Thread t : readers) {
      try {
        t.join(STREAM_JOIN_MS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      log.debug("Interrupted while collecting shell output");
    }
  }

  private static String output(TailBuffer out, TailBuffer err) {
    String stdout = out.text();
    if (err.total() == 0) {
      return stdout;
    }
    return stdout
        + (stdout.isEmpty() || stdout.endsWith("\n") ? "" : "\n")
        + "[stderr]\n"
        + err.text();
  }
}
