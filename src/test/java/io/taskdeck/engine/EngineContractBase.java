package io.taskdeck.engine;

import io.taskdeck.core.TaskService;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the per-database contract tests: a fresh database and a started engine per test.
 * Subclasses name the database; an H2 and a PostgreSQL subclass run every test of a contract.
 */
@Tag("db")
abstract class EngineContractBase {
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;
  EngineHarness h;
  TaskService tasks;

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void startEngine() {
    h = new EngineHarness(database(temp));
    h.start();
    tasks = h.service();
  }

  @AfterEach
  void stopEngine() {
    h.close();
  }
}
