package io.taskdeck.ui.testing;

import io.taskdeck.core.TaskService;
import java.time.Clock;

class TaskRulesOnFakeTest extends TaskRulesContractTest {
  @Override
  TaskService open() {
    return new FakeTaskService(Clock.systemUTC());
  }
}
