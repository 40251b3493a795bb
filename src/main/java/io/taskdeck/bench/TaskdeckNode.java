package io.taskdeck.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import java.time.Clock;

/** A Taskdeck engine executing tasks in a node process, with its defaults except the threads. */
final class TaskdeckNode implements NodeEngine {
  private final Database database;
  private final TaskEngine engine;

  private TaskdeckNode(Database database, TaskEngine engine) {
    this.database = database;
    this.engine = engine;
  }

  static TaskdeckNode open(NodeSettings s, Clock clock) {
    DatabaseConfig config =
        DatabaseConfig.of(s.url(), s.user(), s.password())
            .withMaxPoolSize(Math.max(DatabaseConfig.DEFAULT_MAX_POOL_SIZE, s.threads() + 5));
    Database database = Database.open(config);
    try {
      EngineConfig cfg =
          EngineConfig.builder().nodeId(s.nodeId()).workerThreads(s.threads()).clock(clock).build();
      return new TaskdeckNode(database, new TaskEngine(database, cfg, new SimpleMeterRegistry()));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public void start() {
    engine.start();
  }

  @Override
  public void close() {
    try {
      engine.stop();
    } finally {
      database.close();
    }
  }
}
