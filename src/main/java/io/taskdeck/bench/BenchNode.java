package io.taskdeck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point of a node process started by the harness. It runs one engine on the benchmark
 * database and speaks a line protocol on stdout: {@code BENCH-NODE READY <id>} once it executes,
 * {@code BENCH-NODE HEAP <peak MiB>} every second, {@code BENCH-NODE STOPPED <peak MiB>} at the
 * end. It stops when stdin says STOP or closes.
 */
@Command(
    name = "bench-node",
    description = "A Taskdeck benchmark node (started by taskdeck bench).")
public final class BenchNode implements Callable<Integer> {
  static final String PREFIX = "BENCH-NODE ";

  /** The variable of the node's environment that holds the database password, when there is one. */
  static final String PASSWORD_VARIABLE = "TASKDECK_BENCH_DB_PASSWORD";

  @Option(names = "--engine", required = true, converter = EngineConverter.class)
  EngineKind engine;

  @Option(names = "--db", required = true)
  String url;

  @Option(names = "--user")
  String user;

  @Option(names = "--node-id", required = true)
  String nodeId;

  @Option(names = "--threads", required = true)
  int threads;

  private final PrintStream out;
  private final Clock clock;

  BenchNode(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchNode(System.out, Clock.systemUTC())).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    String password = System.getenv(PASSWORD_VARIABLE);
    NodeSettings settings = new NodeSettings(url, user, password, nodeId, threads);
    ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
    try (HeapSampler heap = new HeapSampler().start()) {
      try (NodeEngine node = engine.openNode(settings, clock)) {
        node.start();
        say("READY " + nodeId);
        reporter.scheduleAtFixedRate(() -> say(heapLine("HEAP", heap)), 1, 1, TimeUnit.SECONDS);
        awaitStop();
        reporter.shutdownNow();
      }
      say(heapLine("STOPPED", heap));
    } finally {
      reporter.shutdownNow();
    }
    return 0;
  }

  private static void awaitStop() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.trim().equals("STOP")) {
        return;
      }
    }
  }

  private static String heapLine(String word, HeapSampler heap) {
    return String.format(Locale.ROOT, "%s %.1f", word, heap.peakMb());
  }

  private synchronized void say(String line) {
    out.println(PREFIX + line);
    out.flush();
  }

  /** Parses --engine values for picocli. */
  static final class EngineConverter implements CommandLine.ITypeConverter<EngineKind> {
    @Override
    public EngineKind convert(String value) {
      return EngineKind.parse(value);
    }
  }
}
