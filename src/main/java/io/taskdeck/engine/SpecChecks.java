package io.taskdeck.engine;

import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import java.time.Instant;
import org.quartz.Calendar;

/** Checks a task definition: the validator's rules, a calendar that exists, a schedule that fires. */
final class SpecChecks {
  private final TaskValidator validator;
  private final TriggerFactory triggers;
  private final QuartzGateway quartz;

  SpecChecks(TaskValidator validator, TriggerFactory triggers, QuartzGateway quartz) {
    this.validator = validator;
    this.triggers = triggers;
    this.quartz = quartz;
  }

  /** The first fire time, with the calendar applied; a schedule that never fires is refused. */
  Instant firstRun(TaskSpec spec, Instant now, String field) {
    return triggers.preview(spec.schedule(), calendar(spec.calendar(), "calendar"), now, 1).stream()
        .findFirst()
        .orElseThrow(
            () -> new ValidationException(field,
                spec.calendar() == null
                    ? "the schedule never fires after now"
                    : "the schedule never fires outside the times calendar '" + spec.calendar() + "' excludes"));
  }

  void validate(TaskSpec spec, String prefix) {
    validator.validate(spec, prefix);
    calendar(spec.calendar(), prefix + "calendar");
  }

  Calendar calendar(String name, String field) {
    if (name == null) {
      return null;
    }
    return quartz.calendar(name)
        .orElseThrow(() -> new ValidationException(field, "no calendar named '" + name + "' exists"));
  }
}
