package io.taskdeck.engine;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.store.CalendarRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Exclusion calendars: our {@code task_calendar} row is written first, then Quartz's calendar;
 * then each pending occurrence the changed calendar now excludes moves to its task's next one.
 */
final class QuartzCalendarService implements CalendarService {
  private static final int NAMED_USAGES = 10;

  private final CalendarRepository calendars;
  private final QuartzGateway quartz;
  private final CalendarCache cache;
  private final TaskWrites writes;
  private final CalendarValidator validator;
  private final EventHub events;
  private final Clock clock;

  QuartzCalendarService(
      CalendarRepository calendars, QuartzGateway quartz, CalendarCache cache, TaskWrites writes, EventHub events, Clock clock) {
    this.calendars = calendars;
    this.quartz = quartz;
    this.cache = cache;
    this.writes = writes;
    this.validator = new CalendarValidator(new QuartzCronSyntax());
    this.events = events;
    this.clock = clock;
  }

  @Override
  public CalendarSpec saveCalendar(CalendarSpec calendar) {
    validator.validate(calendar);
    calendars.save(calendar, clock.instant().truncatedTo(ChronoUnit.MICROS));
    quartz.putCalendar(calendar.name(), QuartzCalendars.of(calendar));
    cache.invalidate(calendar.name());
    List<UUID> users = calendarUsages(calendar.name());
    users.forEach(id -> writes.recalendar(id, clock.instant().truncatedTo(ChronoUnit.MICROS)));
    events.publish(new TaskEvent.TasksChanged(users.size()));
    return calendars.find(calendar.name()).orElseThrow();
  }

  @Override
  public List<CalendarSpec> calendars() {
    return calendars.all();
  }

  @Override
  public Optional<CalendarSpec> findCalendar(String name) {
    return calendars.find(name);
  }

  @Override
  public void deleteCalendar(String name) {
    if (calendars.find(name).isEmpty()) {
      throw new NotFoundException("calendar", name);
    }
    List<UUID> users = calendarUsages(name);
    if (!users.isEmpty()) {
      String named = users.stream().limit(NAMED_USAGES).map(UUID::toString).collect(Collectors.joining(", "));
      throw new IllegalStateChangeException(
          "calendar '" + name + "' is used by " + users.size() + " task(s): " + named
              + (users.size() > NAMED_USAGES ? ", ..." : "") + "; change or cancel them first");
    }
    calendars.delete(name);
    quartz.deleteCalendar(name);
    cache.invalidate(name);
  }

  @Override
  public List<UUID> calendarUsages(String name) {
    return calendars.usages(name);
  }
}
