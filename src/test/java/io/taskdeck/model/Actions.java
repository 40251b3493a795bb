package io.taskdeck.model;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import io.taskdeck.testsupport.RealTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * The actions of a chain: what a person (or a fault) does to the engine, each checked as it
 * happens.
 */
final class Actions {
  private Actions() {}

  /** Create a task: once, interval or cron, with or without the calendar, one attempt or two. */
  static Action.Independent<World> create() {
    return new Action.Independent<>() {
      @Override
      public boolean precondition(World w) {
        return w.tasks.size() < World.MAX_TASKS;
      }

      @Override
      public Arbitrary<Transformer<World>> transformer() {
        return Combinators.combine(
                Plans.forCreate(),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 2))
            .as(
                (plan, calendar, attempts) ->
                    Transformer.mutate(
                        "create "
                            + plan
                            + (calendar ? " with calendar" : "")
                            + ", "
                            + attempts
                            + " attempt(s)",
                        w -> create(w, plan, calendar && !plan.noCalendar(), attempts)));
      }
    };
  }

  private static void create(World w, Plans.Plan plan, boolean calendar, int attempts) {
    String key = w.nextKey();
    Instant asked = World.now();
    ModelSchedule schedule = plan.at(asked);
    TaskSpec spec =
        TaskSpec.builder()
            .name(key)
            .payload(w.payload(key))
            .schedule(schedule.toSchedule())
            .retry(Plans.retry(attempts))
            .calendar(calendar ? ModelSchedule.THIRDS : null)
            .build();
    w.note(
        "create "
            + key
            + " "
            + schedule
            + (calendar ? " +" + ModelSchedule.THIRDS : "")
            + " attempts "
            + attempts);
    Task task;
    try {
      task = w.service().schedule(spec);
    } catch (ValidationException e) {
      Checks.expect(
          w, schedule.neverFires(calendar, asked), key + ": refused (" + e.getMessage() + ")");
      w.note(key + " refused: " + e.getMessage());
      return;
    }
    ModelTask t =
        new ModelTask(
            key, task.id(), task.createdAt(), asked, spec, schedule, calendar, task.status());
    w.tasks.add(t);
    Checks.expect(
        w,
        Edits.sameSpec(task.spec(), spec, t),
        key + ": created as " + spec + ", stored as " + task.spec());
    Checks.expect(
        w,
        Statuses.reachable(t, TaskStatus.SCHEDULED).contains(task.status()),
        key + ": a new task is " + task.status());
  }

  /** Edit one field of a task. */
  static Action.Dependent<World> edit() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.tasks.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World state) {
        return Combinators.combine(
                Arbitraries.of(state.tasks),
                Arbitraries.of(Edits.Field.values()),
                Plans.forEdit(),
                Arbitraries.integers().between(0, 9))
            .as(
                (t, field, plan, n) ->
                    Transformer.mutate(
                        "edit " + t.key + " " + field, w -> Edits.apply(w, t, field, plan, n)));
      }
    };
  }

  /** The actions of docs/engine.md's table that take only the task. */
  enum Kind {
    PAUSE,
    RESUME,
    CANCEL,
    RUN_NOW,
    FAIL_NEXT
  }

  static Action.Dependent<World> onATask(Kind kind) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.tasks.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World state) {
        return Arbitraries.of(state.tasks)
            .map(t -> Transformer.mutate(kind + " " + t.key, w -> lifecycle(w, t, kind)));
      }
    };
  }

  private static void lifecycle(World w, ModelTask t, Kind kind) {
    if (kind == Kind.FAIL_NEXT) {
      w.note("the next attempt of " + t.key + " fails");
      w.failNext(t.key);
      return;
    }
    Task before = w.service().get(t.id);
    Set<TaskStatus> possible = Statuses.reachable(t, before.status());
    Set<TaskStatus> accepted =
        switch (kind) {
          case PAUSE -> Statuses.PAUSABLE;
          case RESUME -> Statuses.RESUMABLE;
          case CANCEL -> Statuses.CANCELLABLE;
          default -> Statuses.RUNNABLE_NOW;
        };
    Instant asked = World.now();
    w.note(kind + " " + t.key + " (was " + before.status() + ")");
    Task after;
    try {
      after =
          switch (kind) {
            case PAUSE -> w.service().pause(t.id);
            case RESUME -> w.service().resume(t.id);
            case CANCEL -> w.service().cancel(t.id);
            default -> w.service().runNow(t.id);
          };
    } catch (IllegalStateChangeException e) {
      Checks.expect(
          w,
          Statuses.anyOutside(possible, accepted),
          t.key
              + ": "
              + kind
              + " refused ("
              + e.getMessage()
              + ") though the task was "
              + possible);
      return;
    }
    Instant returned = World.now();
    Checks.expect(
        w,
        Statuses.anyIn(possible, accepted),
        t.key
            + ": "
            + kind
            + " accepted though the task was "
            + possible
            + "; now "
            + after.status());
    TaskStatus s = after.status();
    switch (kind) {
      case PAUSE -> {
        Checks.expect(
            w,
            s == TaskStatus.PAUSED
                || (s == TaskStatus.RUNNING && possible.contains(TaskStatus.RUNNING)),
            t.key + ": paused, now " + s);
        t.paused(returned);
        t.pauseAfterAttempt = s == TaskStatus.RUNNING;
      }
      case RESUME -> {
        Checks.expect(
            w,
            s != TaskStatus.PAUSED && !s.terminal() || t.finite() && s == TaskStatus.COMPLETED,
            t.key + ": resumed, now " + s);
        t.resumed(asked);
      }
      case CANCEL -> {
        Checks.expect(w, s == TaskStatus.CANCELLED, t.key + ": cancelled, now " + s);
        t.cancelled(returned);
      }
      default -> {
        Checks.expect(
            w,
            s == TaskStatus.SCHEDULED
                || s == TaskStatus.RUNNING
                || s == TaskStatus.RETRYING
                || t.finite() && s == TaskStatus.COMPLETED
                || !t.recurring() && s == TaskStatus.FAILED,
            t.key + ": run now, now " + s);
        t.extraAttempt(asked, "run now", w.startTimes(t.id));
        s =
            TaskStatus
                .SCHEDULED; // "SCHEDULED until it settles": what it shows next may follow from that
      }
    }
    t.lastStatus = s;
  }

  /** Requeue a dead letter of one of the model's tasks. */
  static Action.Dependent<World> requeue() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !deadLetters(w).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World state) {
        return Arbitraries.of(deadLetters(state))
            .map(
                d ->
                    Transformer.mutate(
                        "requeue dead letter " + d.id() + " of " + d.taskName(),
                        w -> requeue(w, d)));
      }
    };
  }

  private static List<DeadLetter> deadLetters(World w) {
    return w.deadLetters().deadLetters(100, null).items().stream()
        .filter(d -> w.tasks.stream().anyMatch(t -> t.id.equals(d.taskId())))
        .toList();
  }

  private static void requeue(World w, DeadLetter d) {
    ModelTask t = w.tasks.stream().filter(m -> m.id.equals(d.taskId())).findFirst().orElseThrow();
    Task before = w.service().get(t.id);
    Set<TaskStatus> possible = Statuses.reachable(t, before.status());
    Instant asked = World.now();
    w.note("requeue dead letter " + d.id() + " of " + t.key + " (was " + before.status() + ")");
    try {
      w.deadLetters().requeue(List.of(d.id()), null);
    } catch (IllegalStateChangeException e) {
      Checks.expect(
          w,
          Statuses.anyOutside(possible, Statuses.REQUEUEABLE),
          t.key + ": requeue refused (" + e.getMessage() + ") though the task was " + possible);
      return;
    }
    Checks.expect(
        w,
        Statuses.anyIn(possible, Statuses.REQUEUEABLE),
        t.key + ": requeue accepted though the task was " + possible);
    t.extraAttempt(asked, "requeue", w.startTimes(t.id));
    t.lastStatus = TaskStatus.SCHEDULED;
  }

  /** Let 1 to 3 s of real time pass. */
  static Action.Independent<World> advance() {
    return () ->
        Arbitraries.integers()
            .between(1, 3)
            .map(
                s ->
                    Transformer.mutate(
                        "advance " + s + " s",
                        w -> {
                          w.note("advance " + s + " s");
                          RealTime.pass(Duration.ofSeconds(s));
                        }));
  }
}
