package io.taskdeck.model;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.engine.cluster.ClusterFixture;
import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.store.Database;
import io.taskdeck.testsupport.RunFile;
import io.taskdeck.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The system under test in one action chain, with the reference model beside it: a fresh database,
 * a manage-only engine {@code op} in this JVM through which every action and observation goes (as
 * the GUI and the API would), an executing engine {@code x} in this JVM, and, when an action asks
 * for one, an executing node {@code p} in its own JVM that can be killed. Tasks are shell commands
 * that record their starts in a {@link RunFile} and fail once when a flag file names them.
 */
final class World implements AutoCloseable {
  static final String X = "x";
  static final String P = "p";
  static final int MAX_TASKS = 6;

  final String label;
  final Path dir;
  final RunFile runs;
  final List<ModelTask> tasks = new ArrayList<>();

  /** The nodes killed with kill -9, and when. */
  final Map<String, Instant> killed = new HashMap<>();

  final List<String> log = new ArrayList<>();
  private final TestDatabase tdb;
  private final ClusterFixture processes;
  private final Database opDb;
  private final TaskEngine op;
  private Database xDb;
  private TaskEngine x;
  private NodeProcess p;
  private int created;

  World(String label, TestDatabase tdb, Path dir) {
    this.label = label;
    this.tdb = tdb;
    this.dir = dir;
    this.runs = RunFile.in(dir);
    this.processes = new ClusterFixture(tdb, "model-" + label);
    this.opDb = tdb.open();
    this.op = new TaskEngine(opDb, config("op").execute(false).build(), new SimpleMeterRegistry());
    op.start();
    op.calendars()
        .saveCalendar(
            CalendarSpec.cron(
                ModelSchedule.THIRDS, ZoneId.of("UTC"), ModelSchedule.THIRDS_EXPRESSION));
    startX();
  }

  private static EngineConfig.Builder config(String nodeId) {
    return EngineConfig.builder()
        .nodeId(nodeId)
        .workerThreads(4)
        .idleWait(Duration.ofSeconds(1))
        .shutdownGrace(Duration.ofSeconds(2))
        .checkinInterval(Duration.ofSeconds(1));
  }

  TaskService service() {
    return op.service();
  }

  DeadLetterService deadLetters() {
    return op.deadLetters();
  }

  /** Now, to the millisecond (the engine's own times are stored to the millisecond or finer). */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  String nextKey() {
    return "m" + created++;
  }

  /** The command of task {@code key}: records a start, and fails once when its flag file exists. */
  ShellPayload payload(String key) {
    Path flag = failFlag(key);
    return ShellPayload.of(
        runs.appendCommand(key)
            + "; if [ -e '"
            + flag
            + "' ]; then rm -f '"
            + flag
            + "'; exit 3; fi");
  }

  Path failFlag(String key) {
    return dir.resolve("fail-" + key);
  }

  /** The next attempt of {@code key} to start fails (exit code 3). */
  void failNext(String key) {
    try {
      Files.writeString(failFlag(key), "fail");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void note(String line) {
    log.add(now() + " " + line);
  }

  /** Stops {@code x} gracefully and starts it again with the same node id. */
  void restartX() {
    x.close();
    xDb.close();
    startX();
  }

  private void startX() {
    xDb = tdb.open();
    x = new TaskEngine(xDb, config(X).build(), new SimpleMeterRegistry());
    x.start();
  }

  boolean pAlive() {
    return p != null && p.alive();
  }

  /** Starts {@code p} (same node id every time). */
  void startP() throws IOException {
    p = processes.start(NodeOptions.executing(tdb.jdbcUrl(), P).withWorkers(2));
  }

  /** kill -9 of {@code p}. */
  void killP() throws InterruptedException {
    killed.put(P, now());
    p.kill();
  }

  /** Every execution row of a task, oldest first. */
  List<Execution> executions(UUID taskId) {
    List<Execution> all = new ArrayList<>();
    ExecutionQuery q = ExecutionQuery.forTask(taskId).withLimit(1000);
    Page<Execution> page = service().executions(q);
    all.addAll(page.items());
    while (page.hasMore()) {
      page = service().executions(q.withCursor(page.nextCursor()));
      all.addAll(page.items());
    }
    all.sort(Comparator.comparingLong(Execution::logId));
    return all;
  }

  /** The rows of attempts that started (not MISSED rows). */
  List<Execution> started(UUID taskId) {
    return executions(taskId).stream()
        .filter(e -> e.status() != ExecutionStatus.MISSED && e.startedAt() != null)
        .toList();
  }

  /** When the attempts of a task started, by the execution log. */
  List<Instant> startTimes(UUID taskId) {
    return started(taskId).stream().map(Execution::startedAt).toList();
  }

  @Override
  public void close() throws Exception {
    try {
      if (p != null) {
        p.close(); // first: on H2 this JVM hosts the database, and p must not become its host
      }
      x.close();
      xDb.close();
      op.close();
      opDb.close();
    } finally {
      processes.close(); // drops the database
    }
  }

  @Override
  public String toString() {
    return label + " " + tasks;
  }
}
