package io.taskdeck.ui.testing;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * In-memory exclusion calendars for UI tests (test scope only); usages come from the task service.
 */
public final class FakeCalendarService implements CalendarService {
  private static final Set<TaskStatus> DONE =
      Set.of(TaskStatus.CANCELLED, TaskStatus.COMPLETED, TaskStatus.FAILED);
  private final TaskService tasks;
  private final Map<String, CalendarSpec> calendars = new TreeMap<>();

  public FakeCalendarService(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public synchronized CalendarSpec saveCalendar(CalendarSpec calendar) {
    if (calendar.name() == null || calendar.name().isBlank()) {
      throw new ValidationException("name", "name must not be blank");
    }
    calendars.put(calendar.name(), calendar);
    return calendar;
  }

  @Override
  public synchronized List<CalendarSpec> calendars() {
    return new ArrayList<>(calendars.values());
  }

  @Override
  public synchronized Optional<CalendarSpec> findCalendar(String name) {
    return Optional.ofNullable(calendars.get(name));
  }

  @Override
  public synchronized void deleteCalendar(String name) {
    if (!calendars.containsKey(name)) {
      throw new NotFoundException("calendar", name);
    }
    List<Task> users = users(name);
    if (!users.isEmpty()) {
      throw new IllegalStateChangeException(
          "calendar '"
              + name
              + "' is used by "
              + users.stream().map(Task::name).collect(Collectors.joining(", ")));
    }
    calendars.remove(name);
  }

  @Override
  public List<UUID> calendarUsages(String name) {
    return users(name).stream().map(Task::id).toList();
  }

  private List<Task> users(String name) {
    return tasks.list(TaskQuery.all().withLimit(TaskQuery.MAX_LIMIT)).items().stream()
        .filter(t -> name.equals(t.spec().calendar()) && !DONE.contains(t.status()))
        .toList();
  }
}
