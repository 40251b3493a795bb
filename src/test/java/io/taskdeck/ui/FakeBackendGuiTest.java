package io.taskdeck.ui;

import io.taskdeck.core.TaskService;
import io.taskdeck.ui.testing.FakeTaskService;
import java.nio.file.Path;
import java.time.Clock;

/** The GUI tests against the in-memory service double. */
class FakeBackendGuiTest extends DesktopGuiTest {
  @Override
  TaskService openService(Path dataDir) {
    return new FakeTaskService(Clock.systemDefaultZone());
  }
}
