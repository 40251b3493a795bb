package io.taskdeck.engine.cluster;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.RunFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The commands a {@link ClusterNodeMain} obeys, one line each, answered by one line. All but {@code
 * successes} go through the engine's public services, as the API and the GUI do.
 *
 * <ul>
 *   <li>{@code noop COUNT DELAY_MS SPREAD_MS}: COUNT no-op tasks, due DELAY_MS from now and spread
 *       evenly over SPREAD_MS; answers {@code SCHEDULED COUNT FIRST_DUE_EPOCH_MS}
 *   <li>{@code shell COUNT DELAY_MS COMMAND...}: COUNT shell tasks running COMMAND, due DELAY_MS
 *       from now
 *   <li>{@code runs PREFIX COUNT FIRST_DUE_EPOCH_MS SPREAD_MS SLEEP FILE}: COUNT one-shot shell
 *       tasks named PREFIX-0 … PREFIX-(COUNT-1), task i due at FIRST + SPREAD × i / (COUNT - 1),
 *       each appending a line to the {@link RunFile} FILE when it starts and then sleeping SLEEP
 *       seconds (0: not at all); answers {@code SCHEDULED COUNT}
 *   <li>{@code every NAME PERIOD_MS FILE}: an interval shell task that appends to FILE; answers
 *       {@code CREATED <task id>}
 *   <li>{@code cron NAME FILE EXPRESSION...}: a cron shell task (UTC) that appends to FILE
 *   <li>{@code task ID}: answers {@code TASK <status> <next run|-> <last outcome|-> <retry count>}
 *   <li>{@code status}: answers {@code STATUS SCHEDULED=n … CANCELLED=n ROWS_RUNNING=n}, the tasks
 *       by status and the execution rows still RUNNING
 *   <li>{@code rows NODE_ID}: answers {@code ROWS STATUS=n …}, that node's execution rows by status
 *   <li>{@code info}: answers {@code INFO <EngineInfo as text>}
 *   <li>{@code nodes}: answers {@code NODES id/mode/health ...}
 *   <li>{@code cluster}: answers {@code CLUSTER id/mode/health/running ...}
 *   <li>{@code successes}: answers {@code SUCCESSES TASKS ROWS} (tasks with a SUCCESS row, SUCCESS
 *       rows), read through this node's pool
 * </ul>
 */
final class NodeCommands {
  private static final int BATCH = 500;
  private final TaskService service;
  private final Database db;

  NodeCommands(TaskService service, Database db) {
    this.service = service;
    this.db = db;
  }

  String run(String line) {
    String[] w = line.split(" ", 4);
    return switch (w[0]) {
      case "noop" -> noop(Integer.parseInt(w[1]), Long.parseLong(w[2]), Long.parseLong(w[3]));
      case "shell" -> shell(Integer.parseInt(w[1]), Long.parseLong(w[2]), w[3]);
      case "runs" -> runs(line.split(" "));
      case "every" -> every(line.split(" "));
      case "cron" -> cron(w[1], w[2], w[3]);
      case "task" -> task(UUID.fromString(w[1]));
      case "status" -> status();
      case "rows" -> rows(w[1]);
      case "info" -> "INFO " + service.info();
      case "nodes" -> nodes(false);
      case "cluster" -> nodes(true);
      case "successes" -> successes();
      default -> "ERROR unknown command " + w[0];
    };
  }

  private String noop(int count, long delayMs, long spreadMs) {
    Instant first = Instant.now().plusMillis(delayMs);
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = first.plusMillis(count == 1 ? 0 : spreadMs * i / (count - 1));
      specs.add(TaskSpec.builder().name("noop-" + i).schedule(new Schedule.Once(at)).build());
    }
    scheduleInBatches(specs);
    return "SCHEDULED " + count + " " + first.toEpochMilli();
  }

  private String shell(int count, long delayMs, String command) {
    Instant at = Instant.now().plusMillis(delayMs);
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      specs.add(
          TaskSpec.builder()
              .name("shell-" + i)
              .payload(ShellPayload.of(command))
              .schedule(new Schedule.Once(at))
              .build());
    }
    service.scheduleAll(specs);
    return "SCHEDULED " + count + " " + at.toEpochMilli();
  }

  /** {@code runs PREFIX COUNT FIRST_DUE_EPOCH_MS SPREAD_MS SLEEP FILE}. */
  private String runs(String[] w) {
    String prefix = w[1];
    int count = Integer.parseInt(w[2]);
    long first = Long.parseLong(w[3]);
    long spread = Long.parseLong(w[4]);
    String sleep = w[5];
    RunFile file = new RunFile(Path.of(w[6]));
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = prefix + "-" + i;
      String command = file.appendCommand(name) + ("0".equals(sleep) ? "" : "; sleep " + sleep);
      Instant at = Instant.ofEpochMilli(RunFile.dueOf(first, spread, count, i));
      specs.add(
          TaskSpec.builder()
              .name(name)
              .payload(ShellPayload.of(command))
              .schedule(new Schedule.Once(at))
              .build());
    }
    scheduleInBatches(specs);
    return "SCHEDULED " + count;
  }

  private void scheduleInBatches(List<TaskSpec> specs) {
    for (int from = 0; from < specs.size(); from += BATCH) {
      service.scheduleAll(specs.subList(from, Math.min(specs.size(), from + BATCH)));
    }
  }

  /** {@code every NAME PERIOD_MS FILE}. */
  private String every(String[] w) {
    RunFile file = new RunFile(Path.of(w[3]));
    Schedule schedule = Schedule.Interval.every(Duration.ofMillis(Long.parseLong(w[2])));
    return created(w[1], file, schedule);
  }

  private String cron(String name, String file, String expression) {
    return created(
        name, new RunFile(Path.of(file)), new Schedule.Cron(expression, ZoneId.of("UTC")));
  }

  private String created(String name, RunFile file, Schedule schedule) {
    Task t =
        service.schedule(
            TaskSpec.builder()
                .name(name)
                .payload(ShellPayload.of(file.appendCommand(name)))
                .schedule(schedule)
                .build());
    return "CREATED " + t.id();
  }

  private String task(UUID id) {
    Task t = service.get(id);
    return "TASK "
        + t.status()
        + " "
        + (t.nextRun() == null ? "-" : t.nextRun())
        + " "
        + (t.lastOutcome() == null ? "-" : t.lastOutcome())
        + " "
        + t.retryCount();
  }

  private String status() {
    StringBuilder sb = new StringBuilder("STATUS");
    Map<TaskStatus, Long> counts = service.countByStatus();
    for (TaskStatus s : TaskStatus.values()) {
      sb.append(' ').append(s).append('=').append(counts.getOrDefault(s, 0L));
    }
    long running =
        executions(
                new ExecutionQuery(null, Set.of(ExecutionStatus.RUNNING), null, null, 1000, null))
            .size();
    return sb.append(" ROWS_RUNNING=").append(running).toString();
  }

  private String rows(String nodeId) {
    Map<String, Integer> byStatus = new TreeMap<>();
    for (Execution e : executions(ExecutionQuery.all().withLimit(1000))) {
      if (nodeId.equals(e.nodeId())) {
        byStatus.merge(e.status().name(), 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder("ROWS");
    byStatus.forEach((s, n) -> sb.append(' ').append(s).append('=').append(n));
    return sb.toString();
  }

  private List<Execution> executions(ExecutionQuery q) {
    List<Execution> all = new ArrayList<>();
    Page<Execution> page = service.executions(q);
    all.addAll(page.items());
    while (page.hasMore()) {
      page = service.executions(q.withCursor(page.nextCursor()));
      all.addAll(page.items());
    }
    return all;
  }

  private String nodes(boolean withRunning) {
    StringBuilder sb = new StringBuilder(withRunning ? "CLUSTER" : "NODES");
    service
        .clusterNodes()
        .forEach(
            n -> {
              sb.append(' ')
                  .append(n.nodeId())
                  .append('/')
                  .append(n.mode().wireName())
                  .append('/')
                  .append(n.health().wireName());
              if (withRunning) {
                sb.append('/').append(n.running());
              }
            });
    return sb.toString();
  }

  private String successes() {
    List<Integer> r =
        new Jdbc(db.dataSource())
            .query(
                "SELECT COUNT(DISTINCT task_id), COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS'",
                rs -> List.of(rs.getInt(1), rs.getInt(2)))
            .get(0);
    return "SUCCESSES " + r.get(0) + " " + r.get(1);
  }
}
