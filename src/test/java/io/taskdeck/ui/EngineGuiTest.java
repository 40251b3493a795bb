package io.taskdeck.ui;

import io.taskdeck.core.TaskService;
import io.taskdeck.ui.testing.EngineBackend;
import java.nio.file.Path;

/** The GUI tests against the real engine on a temporary H2 database. */
class EngineGuiTest extends DesktopGuiTest {
  private EngineBackend backend;

  @Override
  TaskService openService(Path dataDir) {
    backend = new EngineBackend(dataDir.resolve("db"), 2);
    return backend.tasks();
  }

  @Override
  void closeService() {
    backend.close();
  }
}
