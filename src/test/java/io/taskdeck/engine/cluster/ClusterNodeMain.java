package io.taskdeck.engine.cluster;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * One cluster node in its own JVM, for the multi-process tests: opens the database and an engine,
 * prints {@code @@ READY <node id>} and then obeys commands read from stdin, one per line, each
 * answered by one {@code @@ ...} line ({@link NodeCommands} lists them). A command that fails (the
 * database is down, say) is answered {@code @@ ERROR <reason>} and the node goes on reading: a test
 * may ask again once the database is back. When stdin closes (the test JVM is gone) the node stops
 * its engine and exits, so that no node outlives its test.
 *
 * <p>Arguments: {@code JDBC_URL NODE_ID executing|manage-only CHECKIN_MS IDLE_WAIT_MS WORKERS [USER
 * [PASSWORD]]}. System property {@value #CLOCK_OFFSET}: milliseconds added to this node's clock
 * (its {@link EngineConfig#clock()}), as if its wall clock were that far ahead (negative: behind).
 * The protocol goes to stdout, which is this test tool's user interface; logs go there too.
 */
public final class ClusterNodeMain {
  /** The system property that sets this node's clock offset in milliseconds. */
  public static final String CLOCK_OFFSET = "taskdeck.node.clockOffsetMs";

  private ClusterNodeMain() {}

  public static void main(String[] args) throws Exception {
    long offsetMs = Long.getLong(CLOCK_OFFSET, 0L);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(offsetMs));
    EngineConfig cfg =
        EngineConfig.builder()
            .nodeId(args[1])
            .execute("executing".equals(args[2]))
            .checkinInterval(Duration.ofMillis(Long.parseLong(args[3])))
            .idleWait(Duration.ofMillis(Long.parseLong(args[4])))
            .workerThreads(Integer.parseInt(args[5]))
            .misfireThreshold(Duration.ofSeconds(60))
            .shutdownGrace(Duration.ofSeconds(1))
            .clock(clock)
            .build();
    Database db = Database.open(DatabaseConfig.of(args[0], arg(args, 6), arg(args, 7)));
    TaskEngine engine = new TaskEngine(db, cfg, new SimpleMeterRegistry());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  engine.close();
                  db.close();
                },
                "node-stop"));
    engine.start();
    reply(
        "READY "
            + cfg.nodeId()
            + " pid="
            + ProcessHandle.current().pid()
            + " clockOffsetMs="
            + offsetMs);
    serve(new NodeCommands(engine.service(), db));
    System.exit(0); // stdin closed: the shutdown hook stops the engine
  }

  private static String arg(String[] args, int i) {
    return args.length > i ? args[i] : null;
  }

  private static void serve(NodeCommands commands) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String answer;
      try {
        answer = commands.run(line.trim());
      } catch (RuntimeException e) { // the database may be down: answer, and keep serving
        answer =
            "ERROR "
                + e.getClass().getSimpleName()
                + ": "
                + String.valueOf(e.getMessage()).replace('\n', ' ');
      }
      reply(answer);
    }
  }

  private static void reply(String line) {
    System.out.println("@@ " + line);
    System.out.flush();
  }
}
