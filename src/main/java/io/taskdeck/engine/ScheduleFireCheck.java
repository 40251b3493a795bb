package io.taskdeck.engine;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.definitions.FireCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.quartz.Calendar;

/** {@link FireCheck} with the engine's own occurrence arithmetic, as a creation applies it. */
final class ScheduleFireCheck implements FireCheck {
  private final CalendarCache stored;
  private final Clock time;

  ScheduleFireCheck(CalendarCache stored, Clock time) {
    this.stored = stored;
    this.time = time;
  }

  @Override
  public Optional<String> neverFires(TaskSpec spec, Map<String, CalendarSpec> calendars) {
    Schedules schedules = new Schedules(name -> calendar(name, calendars));
    Instant now = time.instant();
    Instant anchor =
        spec.schedule() instanceof Schedule.Interval iv
            ? (iv.startAt() != null ? iv.startAt() : now.truncatedTo(ChronoUnit.MILLIS))
            : null;
    if (schedules.of(spec, anchor).first(now).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        spec.calendar() == null
            ? "the schedule never fires after now"
            : "the schedule never fires outside the times calendar '"
                + spec.calendar()
                + "' excludes");
  }

  private Calendar calendar(String name, Map<String, CalendarSpec> calendars) {
    CalendarSpec given = calendars.get(name);
    return given != null ? QuartzCalendars.of(given) : stored.get(name);
  }
}
