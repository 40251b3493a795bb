package io.taskdeck.engine;

import io.taskdeck.core.Occurrences;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import java.time.Instant;
import org.quartz.Calendar;

/**
 * Checks a task definition: the validator's rules, a calendar that exists, a schedule that fires.
 */
final class SpecChecks {
  private final TaskValidator validator;
  private final CalendarCache calendars;

  SpecChecks(TaskValidator validator, CalendarCache calendars) {
    this.validator = validator;
    this.calendars = calendars;
  }

  /**
   * The first occurrence of {@code spec} taking effect at {@code now}, with the calendar applied; a
   * schedule that never fires is refused, naming {@code field}.
   */
  Instant first(Occurrences occurrences, TaskSpec spec, Instant now, String field) {
    return occurrences
        .first(now)
        .orElseThrow(
            () ->
                new ValidationException(
                    field,
                    spec.calendar() == null
                        ? "the schedule never fires after now"
                        : "the schedule never fires outside the times calendar '"
                            + spec.calendar()
                            + "' excludes"));
  }

  void validate(TaskSpec spec, String prefix) {
    validator.validate(spec, prefix);
    calendar(spec.calendar(), prefix + "calendar");
  }

  Calendar calendar(String name, String field) {
    if (name == null) {
      return null;
    }
    return calendars
        .find(name)
        .orElseThrow(
            () -> new ValidationException(field, "no calendar named '" + name + "' exists"));
  }
}
