package io.taskdeck.model;

import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An edit of one field of a task, as a person makes it (read the task, change one field, save), and
 * what docs/engine.md says must follow: only that field changes; an edit that leaves the schedule
 * and the calendar as they were keeps the next due time and runs nothing; one that changes them
 * runs the new schedule from the first occurrence after the edit; a cancelled task is refused.
 */
final class Edits {
  enum Field {
    NAME,
    DESCRIPTION,
    GROUP,
    PRIORITY,
    PAYLOAD,
    RETRY,
    MISFIRE,
    TIMEOUT,
    SCHEDULE,
    CALENDAR
  }

  private Edits() {}

  static void apply(World w, ModelTask t, Field requested, Plans.Plan plan, int n) {
    // a calendar on an interval with a repeat count is left out of the model (see Plans.EveryPlan)
    Field field =
        requested == Field.CALENDAR
                && t.schedule instanceof ModelSchedule.Every e
                && e.repeat() != null
            ? Field.DESCRIPTION
            : requested;
    Task before = w.service().get(t.id);
    Set<TaskStatus> possible = Statuses.reachable(t, before.status());
    Checks.expect(
        w,
        sameSpec(before.spec(), t.spec, t),
        t.key + ": the engine holds " + before.spec() + " where the model holds " + t.spec);
    int startedBefore = w.started(t.id).size();
    Instant asked = World.now();
    ModelSchedule schedule = field == Field.SCHEDULE ? plan.at(asked) : t.schedule;
    boolean calendar = field == Field.CALENDAR ? !t.calendar : t.calendar;
    TaskSpec wanted = changed(before.spec(), field, schedule, calendar, n, w, t);
    w.note(
        "edit "
            + t.key
            + " "
            + field
            + " (was "
            + before.status()
            + "): "
            + describe(field, wanted));
    Task after;
    try {
      after = w.service().update(t.id, wanted);
    } catch (IllegalStateChangeException e) {
      Checks.expect(
          w,
          Statuses.anyOutside(possible, Statuses.EDITABLE),
          t.key + ": edit refused (" + e.getMessage() + ") though the task was " + possible);
      return;
    } catch (ValidationException e) {
      Checks.expect(
          w,
          schedule.neverFires(calendar, asked),
          t.key + ": edit refused (" + e.getMessage() + ")");
      w.note(t.key + ": edit refused: " + e.getMessage());
      return;
    }
    Instant returned = World.now();
    Checks.expect(
        w,
        Statuses.anyIn(possible, Statuses.EDITABLE),
        t.key + ": edit accepted though the task was " + possible);
    Checks.expect(
        w,
        sameSpec(after.spec(), wanted, t),
        t.key + ": asked for " + wanted + ", the engine holds " + after.spec());
    boolean rescheduled = !schedule.equals(t.schedule) || calendar != t.calendar;
    if (rescheduled) {
      t.rescheduled(schedule, calendar, asked, returned);
    } else if (before.status() == TaskStatus.SCHEDULED
        && after.status() == TaskStatus.SCHEDULED
        && w.started(t.id).size() == startedBefore) {
      Checks.expect(
          w,
          Objects.equals(before.nextRun(), after.nextRun()),
          t.key
              + ": an edit of "
              + field
              + " moved the next run from "
              + before.nextRun()
              + " to "
              + after.nextRun());
    }
    t.spec = wanted;
    t.mayRetry |= wanted.retry().maxAttempts() > 1;
    Set<TaskStatus> allowed = statusesAfter(t, possible, rescheduled);
    Checks.expect(
        w,
        allowed.contains(after.status()),
        t.key
            + ": after an edit of "
            + field
            + " the task was "
            + after.status()
            + ", not one of "
            + allowed
            + " (it was "
            + before.status()
            + ")");
    t.lastStatus = after.status();
  }

  /**
   * The statuses a task may show after an edit, by the table: an edit that keeps the schedule
   * changes no status (a COMPLETED or FAILED task stays so); one that changes it makes a COMPLETED
   * or FAILED task SCHEDULED again, and leaves a PAUSED one PAUSED.
   */
  private static Set<TaskStatus> statusesAfter(
      ModelTask t, Set<TaskStatus> possible, boolean rescheduled) {
    Set<TaskStatus> out = EnumSet.noneOf(TaskStatus.class);
    for (TaskStatus s : possible) {
      out.addAll(
          Statuses.reachable(t, rescheduled && s != TaskStatus.PAUSED ? TaskStatus.SCHEDULED : s));
    }
    return out;
  }

  private static TaskSpec changed(
      TaskSpec s,
      Field field,
      ModelSchedule schedule,
      boolean calendar,
      int n,
      World w,
      ModelTask t) {
    TaskSpec.Builder b = s.toBuilder();
    switch (field) {
      case NAME -> b.name(t.key + "-renamed-" + n);
      case DESCRIPTION -> b.description("edited " + n);
      case GROUP -> b.group("group-" + n);
      case PRIORITY -> b.priority(n);
      case PAYLOAD -> b.payload(withEnv(s, n));
      case RETRY -> b.retry(Plans.retry(s.retry().maxAttempts() == 1 ? 2 : 1));
      case MISFIRE ->
          b.misfire(
              MisfirePolicy.values()[(s.misfire().ordinal() + 1) % MisfirePolicy.values().length]);
      case TIMEOUT ->
          b.timeout(
              s.timeout().equals(Duration.ofHours(1))
                  ? Duration.ofMinutes(30)
                  : Duration.ofHours(1));
      case SCHEDULE ->
          b.schedule(schedule.toSchedule()).calendar(calendar ? ModelSchedule.THIRDS : null);
      case CALENDAR -> b.calendar(calendar ? ModelSchedule.THIRDS : null);
      default -> throw new IllegalArgumentException(field.name());
    }
    return b.build();
  }

  private static ShellPayload withEnv(TaskSpec s, int n) {
    ShellPayload p = (ShellPayload) s.payload();
    Map<String, String> env = new HashMap<>(p.env());
    env.put("EDITED", Integer.toString(n));
    return new ShellPayload(p.command(), p.workingDir(), env);
  }

  private static String describe(Field field, TaskSpec s) {
    return switch (field) {
      case SCHEDULE, CALENDAR -> s.schedule() + " calendar " + s.calendar();
      default -> s.toString();
    };
  }

  /**
   * True when {@code engine} is {@code wanted}: every field equal, the schedule too, except that an
   * interval without a start may come back with its stored anchor (the creation time) as its start,
   * and a once without a time with the time it was given.
   */
  static boolean sameSpec(TaskSpec engine, TaskSpec wanted, ModelTask t) {
    return Objects.equals(engine.name(), wanted.name())
        && Objects.equals(engine.group(), wanted.group())
        && Objects.equals(engine.description(), wanted.description())
        && Objects.equals(engine.payload(), wanted.payload())
        && engine.priority() == wanted.priority()
        && Objects.equals(engine.retry(), wanted.retry())
        && engine.misfire() == wanted.misfire()
        && Objects.equals(engine.calendar(), wanted.calendar())
        && Objects.equals(engine.timeout(), wanted.timeout())
        && sameSchedule(engine.schedule(), wanted.schedule(), t.createdAt);
  }

  private static boolean sameSchedule(Schedule engine, Schedule wanted, Instant createdAt) {
    if (wanted instanceof Schedule.Interval w
        && w.startAt() == null
        && engine instanceof Schedule.Interval e) {
      return e.every().equals(w.every())
          && Objects.equals(e.endAt(), w.endAt())
          && Objects.equals(e.repeat(), w.repeat())
          && (e.startAt() == null || e.startAt().equals(createdAt));
    }
    if (wanted instanceof Schedule.Once w && w.at() == null) {
      return engine instanceof Schedule.Once;
    }
    return Objects.equals(engine, wanted);
  }
}
