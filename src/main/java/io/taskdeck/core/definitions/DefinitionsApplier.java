package io.taskdeck.core.definitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.Actor;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.Secrets;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.json.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DefinitionsService} on the task and calendar services, so it works on whatever engine they
 * front and every change goes through their rules: an update is the engine's edit (a schedule left
 * as it was keeps its due time, and nothing runs because of an apply).
 */
public final class DefinitionsApplier implements DefinitionsService {
  private static final Logger log = LoggerFactory.getLogger(DefinitionsApplier.class);

  private final TaskService tasks;
  private final CalendarService calendars;
  private final TaskValidator taskValidator;
  private final CalendarValidator calendarValidator;
  private final FireCheck fireCheck;
  private final ObjectMapper mapper = Wire.newMapper();

  public DefinitionsApplier(
      TaskService tasks,
      CalendarService calendars,
      TaskValidator taskValidator,
      CalendarValidator calendarValidator,
      FireCheck fireCheck) {
    this.tasks = tasks;
    this.calendars = calendars;
    this.taskValidator = taskValidator;
    this.calendarValidator = calendarValidator;
    this.fireCheck = fireCheck;
  }

  @Override
  public DefinitionsService as(Actor actor) {
    return new DefinitionsApplier(
        tasks.as(actor), calendars.as(actor), taskValidator, calendarValidator, fireCheck);
  }

  @Override
  public Definitions export(String group) {
    List<TaskSpec> specs =
        ExistingTasks.list(tasks, ExistingTasks.LIVE, group).stream()
            .map(t -> t.spec().toBuilder().payload(Secrets.masked(t.spec().payload())).build())
            .toList();
    Set<String> used = new TreeSet<>();
    specs.forEach(
        s -> {
          if (s.calendar() != null) {
            used.add(s.calendar());
          }
        });
    List<CalendarSpec> cals =
        calendars.calendars().stream()
            .filter(c -> group == null || used.contains(c.name()))
            .toList();
    return Definitions.of(cals, specs);
  }

  @Override
  public ApplyPlan apply(Definitions definitions, boolean prune, boolean dryRun) {
    Planner.Checks checks = new Planner.Checks(taskValidator, calendarValidator, fireCheck, mapper);
    Steps steps =
        new Planner(definitions, ExistingTasks.load(tasks), calendars.calendars(), checks)
            .plan(prune);
    if (dryRun) {
      return steps.plan(false);
    }
    steps.run(tasks, calendars);
    ApplyPlan done = steps.plan(true);
    log.info("Definitions applied: {}", done.summary());
    return done;
  }

  /**
   * The checked changes, in the order they are made: calendars, creations, updates, cancellations.
   */
  record Steps(
      List<CalendarSpec> calendarWrites,
      List<TaskSpec> creates,
      List<Update> updates,
      List<Task> cancels,
      List<ApplyPlan.Change> changes,
      int unchanged) {

    record Update(Task task, TaskSpec spec) {}

    ApplyPlan plan(boolean applied) {
      return new ApplyPlan(changes, unchanged, applied);
    }

    void run(TaskService tasks, CalendarService calendars) {
      calendarWrites.forEach(calendars::saveCalendar);
      if (!creates.isEmpty()) {
        tasks.scheduleAll(new ArrayList<>(creates));
      }
      updates.forEach(u -> tasks.update(u.task().id(), u.spec()));
      cancels.forEach(t -> tasks.cancel(t.id()));
    }
  }
}
