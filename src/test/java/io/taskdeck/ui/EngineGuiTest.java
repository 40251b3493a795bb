package io.taskdeck.ui;

import io.taskdeck.core.Backend;
import io.taskdeck.ui.testing.EngineBackend;
import java.nio.file.Path;

/** The GUI tests against the real engine on a temporary H2 database. */
class EngineGuiTest extends DesktopGuiTest {
  private EngineBackend backend;

  @Override
  Backend openBackend(Path dataDir) {
    backend = new EngineBackend(dataDir.resolve("db"), 2);
    return backend;
  }

  @Override
  void closeService() {
    backend.close();
  }
}
