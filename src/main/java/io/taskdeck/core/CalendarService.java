package io.taskdeck.core;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Exclusion calendars. Methods throw the exceptions of {@link TaskService}. */
public interface CalendarService {

  /**
   * This service acting for {@code actor}: the changes made through the view are recorded in the
   * audit trail as {@code actor}'s (docs/audit.md). Implementations that keep the trail override
   * it; the default (test doubles) is this service itself.
   */
  default CalendarService as(Actor actor) {
    return this;
  }

  /** Creates or replaces a calendar; tasks that use it follow the new definition. */
  CalendarSpec saveCalendar(CalendarSpec calendar);

  /** All calendars, by name. */
  List<CalendarSpec> calendars();

  Optional<CalendarSpec> findCalendar(String name);

  /**
   * Deletes a calendar.
   *
   * @throws IllegalStateChangeException when live tasks still use it (the message names them)
   * @throws NotFoundException for an unknown name
   */
  void deleteCalendar(String name);

  /** The ids of the live (not cancelled, completed or failed) tasks that use the calendar. */
  List<UUID> calendarUsages(String name);
}
