package io.taskdeck.ui.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.Backend;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.StatisticsRepository;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real engine on a fresh temporary H2 database, for GUI tests (test scope: production UI code
 * never sees the engine). Closing it stops the engine and drops the database.
 */
public final class EngineBackend implements Backend {
  private final TestDatabase testDb;
  private final Database db;
  private final TaskEngine engine;
  private final ConnectionProfile profile;

  public EngineBackend(Path tempDir, int workerThreads) {
    this(tempDir, workerThreads, true);
  }

  /** With {@code execute} false the engine only manages (no scheduler thread runs tasks). */
  public EngineBackend(Path tempDir, int workerThreads, boolean execute) {
    testDb = TestDatabases.h2(tempDir);
    db = testDb.open();
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .workerThreads(workerThreads)
                .execute(execute)
                .idleWait(Duration.ofSeconds(1))
                .shutdownGrace(Duration.ofSeconds(2))
                .checkinInterval(Duration.ofSeconds(1))
                .build(),
            new SimpleMeterRegistry());
    engine.start();
    profile = new ConnectionProfile("Local", testDb.jdbcUrl(), null, null, true);
  }

  @Override
  public TaskService tasks() {
    return engine.service();
  }

  /** The database under the engine, for tests that write rows directly. */
  public Database database() {
    return db;
  }

  @Override
  public TaskStatistics statistics() {
    return new StatisticsRepository(new Jdbc(db.dataSource()));
  }

  @Override
  public DeadLetterService deadLetters() {
    return engine.deadLetters();
  }

  @Override
  public CalendarService calendars() {
    return engine.calendars();
  }

  @Override
  public io.taskdeck.core.AuditService audit() {
    return engine.audit();
  }

  @Override
  public DefinitionsService definitions() {
    return engine.definitions();
  }

  @Override
  public ConnectionProfile profile() {
    return profile;
  }

  @Override
  public void close() {
    engine.close();
    db.close();
    testDb.close();
  }
}
