package io.taskdeck.engine.cluster;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.taskdeck.store.Jdbc;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One cluster node in its own JVM, for the multi-process tests: opens the database and an engine,
 * prints {@code @@ READY <node id>} and then obeys commands read from stdin, one per line, each
 * answered by one {@code @@ ...} line:
 *
 * <ul>
 *   <li>{@code noop COUNT DELAY_MS SPREAD_MS}: COUNT no-op tasks, due DELAY_MS from now and spread
 *       evenly over SPREAD_MS; answers {@code @@ SCHEDULED COUNT FIRST_DUE_EPOCH_MS}
 *   <li>{@code shell COUNT DELAY_MS COMMAND...}: COUNT shell tasks running COMMAND, due DELAY_MS
 *       from now
 *   <li>{@code nodes}: answers {@code @@ NODES id/mode/health ...}
 *   <li>{@code successes}: answers {@code @@ SUCCESSES TASKS ROWS} (tasks with a SUCCESS row, SUCCESS rows)
 * </ul>
 *
 * Arguments: {@code JDBC_URL NODE_ID executing|manage-only CHECKIN_MS IDLE_WAIT_MS WORKERS [USER [PASSWORD]]}. The
 * protocol goes to stdout, which is this test tool's user interface; logs go there too.
 */
public final class ClusterNodeMain {
  private ClusterNodeMain() {}

  public static void main(String[] args) throws Exception {
    EngineConfig cfg =
        EngineConfig.builder()
            .nodeId(args[1])
            .execute("executing".equals(args[2]))
            .checkinInterval(Duration.ofMillis(Long.parseLong(args[3])))
            .idleWait(Duration.ofMillis(Long.parseLong(args[4])))
            .workerThreads(Integer.parseInt(args[5]))
            .misfireThreshold(Duration.ofSeconds(60))
            .shutdownGrace(Duration.ofSeconds(1))
            .build();
    Database db = Database.open(DatabaseConfig.of(args[0], arg(args, 6), arg(args, 7)));
    TaskEngine engine = new TaskEngine(db, cfg, new SimpleMeterRegistry());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> { engine.close(); db.close(); }, "node-stop"));
    engine.start();
    reply("READY " + cfg.nodeId());
    serve(engine.service(), db);
  }

  private static String arg(String[] args, int i) {
    return args.length > i ? args[i] : null;
  }

  private static void serve(TaskService service, Database db) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] w = line.trim().split(" ", 4);
      switch (w[0]) {
        case "noop" -> noop(service, Integer.parseInt(w[1]), Long.parseLong(w[2]), Long.parseLong(w[3]));
        case "shell" -> shell(service, Integer.parseInt(w[1]), Long.parseLong(w[2]), w[3]);
        case "nodes" -> nodes(service);
        case "successes" -> successes(db);
        default -> reply("ERROR unknown command " + w[0]);
      }
    }
  }

  private static void noop(TaskService service, int count, long delayMs, long spreadMs) {
    Instant first = Instant.now().plusMillis(delayMs);
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = first.plusMillis(count == 1 ? 0 : spreadMs * i / (count - 1));
      specs.add(TaskSpec.builder().name("noop-" + i).schedule(new Schedule.Once(at)).build());
    }
    for (int from = 0; from < count; from += 500) {
      service.scheduleAll(specs.subList(from, Math.min(count, from + 500)));
    }
    reply("SCHEDULED " + count + " " + first.toEpochMilli());
  }

  private static void shell(TaskService service, int count, long delayMs, String command) {
    Instant at = Instant.now().plusMillis(delayMs);
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      specs.add(
          TaskSpec.builder().name("shell-" + i).payload(ShellPayload.of(command)).schedule(new Schedule.Once(at)).build());
    }
    service.scheduleAll(specs);
    reply("SCHEDULED " + count + " " + at.toEpochMilli());
  }

  private static void nodes(TaskService service) {
    StringBuilder sb = new StringBuilder("NODES");
    service.clusterNodes()
        .forEach(n -> sb.append(' ').append(n.nodeId()).append('/').append(n.mode().wireName()).append('/').append(n.health().wireName()));
    reply(sb.toString());
  }

  /** Answers {@code @@ SUCCESSES <tasks with a SUCCESS row> <SUCCESS rows>}, read through this node's pool. */
  private static void successes(Database db) {
    List<Integer> r =
        new Jdbc(db.dataSource())
            .query(
                "SELECT COUNT(DISTINCT task_id), COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS'",
                rs -> List.of(rs.getInt(1), rs.getInt(2)))
            .get(0);
    reply("SUCCESSES " + r.get(0) + " " + r.get(1));
  }

  private static void reply(String line) {
    System.out.println("@@ " + line);
    System.out.flush();
  }
}
