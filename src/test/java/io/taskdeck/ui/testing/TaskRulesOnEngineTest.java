package io.taskdeck.ui.testing;

import io.taskdeck.core.TaskService;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class TaskRulesOnEngineTest extends TaskRulesContractTest {
  @TempDir Path dir;
  private EngineBackend backend;

  @Override
  TaskService open() {
    backend = new EngineBackend(dir, 1, false);
    return backend.tasks();
  }

  @Override
  void close() {
    backend.close();
  }
}
