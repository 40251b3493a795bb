package io.taskdeck.core.definitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.definitions.ApplyPlan.Action;
import io.taskdeck.core.definitions.ApplyPlan.Change;
import io.taskdeck.core.definitions.DefinitionsApplier.Steps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a file with the database and decides each change, collecting every problem on the way (a
 * bad field, a name twice, an unknown calendar, a masked secret with no value to keep) so that all
 * of them are reported together and nothing is changed when there is one.
 */
final class Planner {
  private final Definitions file;
  private final ExistingTasks existing;
  private final Map<String, CalendarSpec> storedCalendars = new HashMap<>();
  private final Checks checks;
  private final Map<String, CalendarSpec> fileCalendars = new HashMap<>();
  private final List<DefinitionsProblem> problems = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();
  private int unchanged;

  /** The rules a definition must pass, and the mapping its fields are compared in. */
  record Checks(
      TaskValidator tasks, CalendarValidator calendars, FireCheck fires, ObjectMapper mapper) {}

  Planner(Definitions file, ExistingTasks existing, List<CalendarSpec> stored, Checks checks) {
    this.file = file;
    this.existing = existing;
    stored.forEach(c -> storedCalendars.put(c.name(), c));
    this.checks = checks;
    problems.addAll(file.source().problems());
  }

  Steps plan(boolean prune) {
    List<CalendarSpec> calendarWrites = planCalendars();
    Set<String> knownCalendars = new HashSet<>(storedCalendars.keySet());
    file.calendars().stream().filter(c -> c != null).forEach(c -> knownCalendars.add(c.name()));
    List<TaskSpec> creates = new ArrayList<>();
    List<Steps.Update> updates = new ArrayList<>();
    Map<TaskKey, Integer> seen = new HashMap<>();
    for (int i = 0; i < file.tasks().size(); i++) {
      TaskSpec spec = file.tasks().get(i);
      if (spec != null) {
        planTask(spec, "tasks[" + i + "].", seen, i, knownCalendars, creates, updates);
      }
    }
    List<Task> cancels = prune ? planPrune(seen.keySet()) : List.of();
    if (!problems.isEmpty()) {
      throw new DefinitionsException(problems);
    }
    return new Steps(calendarWrites, creates, updates, cancels, changes, unchanged);
  }

  private List<CalendarSpec> planCalendars() {
    List<CalendarSpec> writes = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < file.calendars().size(); i++) {
      CalendarSpec c = file.calendars().get(i);
      String prefix = "calendars[" + i + "].";
      if (c == null
          || !valid(prefix, () -> checks.calendars().validate(c))
          || !once(seen, c.name(), i, prefix, "calendars")) {
        continue;
      }
      fileCalendars.put(c.name(), c);
      CalendarSpec stored = storedCalendars.get(c.name());
      List<String> fields =
          stored == null
              ? List.of()
              : SpecDiff.changedFields(
                  DefinitionsWriter.tree(checks.mapper(), stored),
                  DefinitionsWriter.tree(checks.mapper(), c));
      if (stored != null && fields.isEmpty()) {
        unchanged++;
      } else {
        writes.add(c);
        changes.add(
            new Change(
                stored == null ? Action.CREATE : Action.UPDATE,
                "calendar",
                null,
                c.name(),
                fields));
      }
    }
    return writes;
  }

  private void planTask(
      TaskSpec given,
      String prefix,
      Map<TaskKey, Integer> seen,
      int index,
      Set<String> calendars,
      List<TaskSpec> creates,
      List<Steps.Update> updates) {
    boolean valid = valid(prefix, () -> checks.tasks().validate(given, prefix));
    boolean calendarKnown = given.calendar() == null || calendars.contains(given.calendar());
    if (!calendarKnown) {
      problems.add(
          file.source()
              .problem(
                  prefix + "calendar",
                  "unknown calendar '"
                      + given.calendar()
                      + "': define it under calendars or create it first"));
    }
    if (!valid) {
      return;
    }
    TaskKey key = TaskKey.of(given);
    if (seen.containsKey(key)) {
      problems.add(
          file.source()
              .problem(
                  prefix + "name",
                  "task '"
                      + key
                      + "' is already defined by tasks["
                      + seen.get(key)
                      + "]: group and name must be unique"));
      return;
    }
    seen.put(key, index);
    Optional<Task> match;
    try {
      match = existing.match(key);
    } catch (IllegalStateException e) {
      problems.add(file.source().problem(prefix + "name", e.getMessage()));
      return;
    }
    TaskSpec spec =
        match
            .map(
                t ->
                    given.toBuilder()
                        .payload(SecretMasks.restored(given.payload(), t.spec().payload()))
                        .build())
            .orElse(given);
    for (String field : SecretMasks.stillMasked(spec.payload(), prefix + "payload.")) {
      problems.add(
          file.source()
              .problem(
                  field,
                  field
                      + " is masked ("
                      + io.taskdeck.core.Secrets.MASK
                      + ") and no task has a value to keep: write the real value"));
    }
    if (calendarKnown && scheduleChanged(match, spec)) {
      checks
          .fires()
          .neverFires(spec, fileCalendars)
          .ifPresent(why -> problems.add(file.source().problem(prefix + "schedule", why)));
    }
    if (match.isEmpty()) {
      creates.add(spec);
      changes.add(new Change(Action.CREATE, "task", key.group(), key.name(), List.of()));
      return;
    }
    List<String> fields =
        SpecDiff.changedFields(
            DefinitionsWriter.tree(checks.mapper(), match.get().spec()),
            DefinitionsWriter.tree(checks.mapper(), spec));
    if (fields.isEmpty()) {
      unchanged++;
    } else {
      updates.add(new Steps.Update(match.get(), spec));
      changes.add(new Change(Action.UPDATE, "task", key.group(), key.name(), fields));
    }
  }

  /**
   * A new task, or a new schedule or calendar: the engine then computes a first occurrence, which
   * must exist.
   */
  private static boolean scheduleChanged(Optional<Task> match, TaskSpec spec) {
    return match
        .map(
            t ->
                !t.spec().schedule().equals(spec.schedule())
                    || !java.util.Objects.equals(t.spec().calendar(), spec.calendar()))
        .orElse(true);
  }

  private List<Task> planPrune(Set<TaskKey> named) {
    Set<String> groups = new HashSet<>();
    file.tasks().stream().filter(t -> t != null).forEach(t -> groups.add(t.group()));
    List<Task> cancels = existing.liveOutside(named, groups);
    cancels.forEach(
        t -> changes.add(new Change(Action.CANCEL, "task", t.spec().group(), t.name(), List.of())));
    return cancels;
  }

  private boolean once(
      Map<String, Integer> seen, String name, int index, String prefix, String list) {
    Integer first = seen.putIfAbsent(name, index);
    if (first != null) {
      problems.add(
          file.source()
              .problem(
                  prefix + "name",
                  "'"
                      + name
                      + "' is already defined by "
                      + list
                      + "["
                      + first
                      + "]: names must be unique"));
    }
    return first == null;
  }

  private boolean valid(String prefix, Runnable check) {
    try {
      check.run();
      return true;
    } catch (ValidationException e) {
      String field = e.field().startsWith(prefix) ? e.field() : prefix + e.field();
      problems.add(file.source().problem(field, e.getMessage()));
      return false;
    }
  }
}
