package io.taskdeck.api;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Test doubles of the dead-letter queue and the calendars, kept in memory for HTTP-layer tests. */
final class InMemoryRetries implements DeadLetterService, CalendarService {
  private final Map<Long, DeadLetter> deadLetters = new LinkedHashMap<>();
  private final Map<String, CalendarSpec> calendars = new TreeMap<>();
  private final CalendarValidator validator =
      new CalendarValidator(
          expr ->
              expr.trim().split("\\s+").length >= 6
                  ? Optional.empty()
                  : Optional.of("expected 6 or 7 fields"));

  /** Both interfaces' view for an actor: this double keeps no audit trail. */
  @Override
  public InMemoryRetries as(io.taskdeck.core.Actor actor) {
    return this;
  }

  synchronized DeadLetter addDeadLetter(UUID taskId, String error) {
    DeadLetter d =
        new DeadLetter(deadLetters.size() + 1L, taskId, "task", 3, error, null, Instant.now());
    deadLetters.put(d.id(), d);
    return d;
  }

  @Override
  public synchronized Page<DeadLetter> deadLetters(int limit, String cursor) {
    List<DeadLetter> all = new ArrayList<>(deadLetters.values());
    return new Page<>(all.subList(0, Math.min(limit, all.size())), null);
  }

  @Override
  public synchronized List<Long> requeue(List<Long> ids, Instant at) {
    for (Long id : ids) {
      if (!deadLetters.containsKey(id)) {
        throw new NotFoundException("dead letter", id);
      }
    }
    ids.forEach(deadLetters::remove);
    return List.copyOf(ids);
  }

  @Override
  public synchronized void deleteDeadLetter(long id) {
    if (deadLetters.remove(id) == null) {
      throw new NotFoundException("dead letter", id);
    }
  }

  @Override
  public Page<Task> retrying(int limit, String cursor) {
    return new Page<>(List.of(), null);
  }

  @Override
  public synchronized CalendarSpec saveCalendar(CalendarSpec calendar) {
    validator.validate(calendar);
    calendars.put(calendar.name(), calendar);
    return calendar;
  }

  @Override
  public synchronized List<CalendarSpec> calendars() {
    return List.copyOf(calendars.values());
  }

  @Override
  public synchronized Optional<CalendarSpec> findCalendar(String name) {
    return Optional.ofNullable(calendars.get(name));
  }

  @Override
  public synchronized void deleteCalendar(String name) {
    if (calendars.remove(name) == null) {
      throw new NotFoundException("calendar", name);
    }
  }

  @Override
  public List<UUID> calendarUsages(String name) {
    return List.of();
  }
}
