package io.taskdeck.engine;

import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditChanges;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.store.AuditRepository;
import io.taskdeck.store.CalendarRepository;
import io.taskdeck.store.Jdbc;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Exclusion calendars: our {@code task_calendar} row is written first, with its audit row in the
 * same transaction, then Quartz's calendar; then each pending occurrence the changed calendar now
 * excludes moves to its task's next one. Each instance acts for one {@link Actor}.
 */
final class QuartzCalendarService implements CalendarService {
  private static final int NAMED_USAGES = 10;

  private final Parts p;
  private final CalendarRepository calendars;
  private final CalendarValidator validator;
  private final Actor actor;

  /** What a service is made of. */
  record Parts(
      Jdbc jdbc,
      CalendarRepository calendars,
      QuartzGateway quartz,
      CalendarCache cache,
      TaskWrites writes,
      EventHub events,
      Clock clock,
      AuditRepository audits) {}

  QuartzCalendarService(Parts p, Actor actor) {
    this.p = p;
    this.calendars = p.calendars();
    this.validator = new CalendarValidator(new QuartzCronSyntax());
    this.actor = actor;
  }

  @Override
  public CalendarService as(Actor other) {
    return new QuartzCalendarService(p, other);
  }

  @Override
  public CalendarSpec saveCalendar(CalendarSpec calendar) {
    validator.validate(calendar);
    p.jdbc()
        .inTransaction(
            c -> {
              Optional<CalendarSpec> before = calendars.lock(c, calendar.name());
              calendars.save(c, calendar, p.clock().instant().truncatedTo(ChronoUnit.MICROS));
              AuditEntry entry =
                  AuditEntry.of(
                      actor,
                      before.isPresent()
                          ? AuditAction.CALENDAR_REPLACE
                          : AuditAction.CALENDAR_CREATE,
                      "calendar",
                      calendar.name(),
                      calendar.name());
              p.audits()
                  .record(
                      c,
                      entry.withChanges(
                          before.map(b -> AuditChanges.between(b, calendar)).orElse(Map.of())));
              return null;
            });
    p.quartz().putCalendar(calendar.name(), QuartzCalendars.of(calendar));
    p.cache().invalidate(calendar.name());
    List<UUID> users = calendarUsages(calendar.name());
    users.forEach(
        id -> p.writes().recalendar(id, p.clock().instant().truncatedTo(ChronoUnit.MICROS)));
    p.events().publish(new TaskEvent.TasksChanged(users.size()));
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
      String named =
          users.stream().limit(NAMED_USAGES).map(UUID::toString).collect(Collectors.joining(", "));
      throw new IllegalStateChangeException(
          "calendar '"
              + name
              + "' is used by "
              + users.size()
              + " task(s): "
              + named
              + (users.size() > NAMED_USAGES ? ", ..." : "")
              + "; change or cancel them first");
    }
    p.jdbc()
        .inTransaction(
            c -> {
              if (!calendars.delete(c, name)) {
                throw new NotFoundException("calendar", name);
              }
              p.audits()
                  .record(
                      c, AuditEntry.of(actor, AuditAction.CALENDAR_DELETE, "calendar", name, name));
              return null;
            });
    p.quartz().deleteCalendar(name);
    p.cache().invalidate(name);
  }

  @Override
  public List<UUID> calendarUsages(String name) {
    return calendars.usages(name);
  }
}
