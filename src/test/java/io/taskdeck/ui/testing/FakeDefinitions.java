package io.taskdeck.ui.testing;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.definitions.DefinitionsApplier;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.definitions.FireCheck;

/**
 * The real {@link DefinitionsApplier} on the test doubles (they have no calendar arithmetic: every
 * schedule fires).
 */
public final class FakeDefinitions {
  private FakeDefinitions() {}

  public static DefinitionsService on(TaskService tasks, CalendarService calendars) {
    return new DefinitionsApplier(
        tasks,
        calendars,
        new TaskValidator(FakeTaskService::cronProblem),
        new CalendarValidator(FakeTaskService::cronProblem),
        FireCheck.NONE);
  }
}
