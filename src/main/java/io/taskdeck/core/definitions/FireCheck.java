package io.taskdeck.core.definitions;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskSpec;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a schedule fires at all with its calendar, asked before anything is applied (the engine
 * refuses a schedule that never fires, and an apply must fail before its first write, not at it).
 */
public interface FireCheck {
  /** Answers that every schedule fires: for test doubles without calendar arithmetic. */
  FireCheck NONE = (spec, calendars) -> Optional.empty();

  /**
   * Empty when {@code spec}'s schedule, created now, has an occurrence its calendar leaves; else
   * the reason. {@code calendars} are the file's, which stand in for the stored ones of their
   * names.
   */
  Optional<String> neverFires(TaskSpec spec, Map<String, CalendarSpec> calendars);
}
