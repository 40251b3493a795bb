package io.taskdeck.engine;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** One test database with an engine on it, restartable; closing it drops everything. */
final class EngineHarness implements AutoCloseable {
  private final TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  private SimpleMeterRegistry registry;

  EngineHarness(TestDatabase tdb) {
    this.tdb = tdb;
  }

  /** The settings the contract tests use: short waits, 4 workers. */
  static EngineConfig.Builder testDefaults() {
    return EngineConfig.builder()
        .workerThreads(4)
        .idleWait(Duration.ofSeconds(1))
        .misfireThreshold(Duration.ofSeconds(5))
        .shutdownGrace(Duration.ofSeconds(2))
        .checkinInterval(Duration.ofSeconds(1));
  }

  /**
   * Starts a fresh engine (stopping the current one) with the test defaults adjusted by {@code
   * tweak}.
   */
  TaskEngine start(UnaryOperator<EngineConfig.Builder> tweak) {
    stopEngine();
    if (db == null) {
      db = tdb.open();
    }
    registry = new SimpleMeterRegistry();
    engine = new TaskEngine(db, tweak.apply(testDefaults()).build(), registry);
    engine.start();
    return engine;
  }

  TaskEngine start() {
    return start(b -> b);
  }

  /**
   * Stops the engine and closes the pool, as a process exit would; {@link #start} opens both again.
   */
  void shutDown() {
    stopEngine();
    if (db != null) {
      db.close();
      db = null;
    }
  }

  private void stopEngine() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  TaskEngine engine() {
    return engine;
  }

  TaskService service() {
    return engine.service();
  }

  SimpleMeterRegistry registry() {
    return registry;
  }

  /** The open database, for a second engine on it. */
  Database database() {
    return db;
  }

  Jdbc jdbc() {
    return new Jdbc(db.dataSource());
  }

  /** Every execution row of a task, oldest first. */
  List<Execution> executions(UUID taskId) {
    List<Execution> all = new ArrayList<>();
    ExecutionQuery q = ExecutionQuery.forTask(taskId).withLimit(1000);
    var page = service().executions(q);
    all.addAll(page.items());
    while (page.hasMore()) {
      page = service().executions(q.withCursor(page.nextCursor()));
      all.addAll(page.items());
    }
    all.sort(Comparator.comparingLong(Execution::logId));
    return all;
  }

  /** Rows of Quartz's QRTZ_TRIGGERS for a task's job. */
  int triggerCount(UUID taskId) {
    return jdbc()
        .query(
            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE JOB_NAME = ?",
            rs -> rs.getInt(1),
            taskId.toString())
        .get(0);
  }

  @Override
  public void close() {
    shutDown();
    tdb.close();
  }
}
