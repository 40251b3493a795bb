package io.taskdeck.model;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.model.ModelTask.Due;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants of docs/engine.md, checked after every action and at the end of a chain: every
 * attempt that started matches a due time of the model (none early, none after a cancel or during a
 * pause, each occurrence at most once but for the documented re-run of an attempt interrupted on a
 * killed or stopped node), statuses change only as the table allows, nothing stays RUNNING, and
 * nothing due is left unrun.
 */
final class Checks {
  /** How late an attempt may start under this machine's load before it counts as left unrun. */
  static final Duration LAG = Duration.ofSeconds(20);

  /**
   * How long a RUNNING execution row may last (the tasks take milliseconds; a dead node's rows are
   * closed).
   */
  static final Duration STUCK = Duration.ofSeconds(45);

  private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

  private Checks() {}

  /** Every invariant, on every task of the world, as of now; throws when one fails. */
  static void all(World w) {
    List<String> problems = new ArrayList<>();
    Instant now = World.now();
    for (ModelTask t : w.tasks) {
      TaskStatus status = w.service().get(t.id).status();
      if (!Statuses.reachable(t, t.lastStatus).contains(status)) {
        problems.add(
            t.key
                + ": status went from "
                + t.lastStatus
                + " to "
                + status
                + " with no action on it");
      }
      t.lastStatus = status;
      attempts(w, t, w.started(t.id), now, LAG, now, problems, problems);
    }
    fail(w, problems);
  }

  /**
   * The attempts of {@code t} against its due times: unmatched starts, starts while paused or
   * cancelled and rows RUNNING too long go to {@code problems}; due times up to {@code
   * requiredUpTo} not run within {@code lag} of when they could run go to {@code unrun}.
   */
  static void attempts(
      World w,
      ModelTask t,
      List<Execution> rows,
      Instant now,
      Duration lag,
      Instant requiredUpTo,
      List<String> problems,
      List<String> unrun) {
    List<Due> dues = new ArrayList<>(t.dues(now));
    List<Instant> starts = new ArrayList<>();
    for (Execution e : rows) {
      if (e.startedAt() != null && e.startedAt().isAfter(now)) {
        continue; // started after "now" was read: its due time may lie after now too; the next
        // check sees both
      }
      starts.add(e.startedAt());
      dues.addAll(derived(w, t, e));
      if (t.stopped(e.startedAt())) {
        problems.add(
            t.key
                + ": attempt "
                + e.logId()
                + " started at "
                + e.startedAt()
                + " while paused or cancelled");
      }
      if (e.status() == ExecutionStatus.RUNNING && e.startedAt().isBefore(now.minus(STUCK))) {
        problems.add(
            t.key
                + ": execution "
                + e.logId()
                + " on "
                + e.nodeId()
                + " RUNNING since "
                + e.startedAt());
      }
    }
    Matching.Result m = Matching.match(starts, dues);
    for (Instant s : m.unmatchedStarts()) {
      problems.add(
          t.key
              + ": an attempt started at "
              + s
              + " matches no due time (early, once too often, or"
              + " after a cancel); attempts "
              + rows.stream().map(Checks::describe).toList()
              + ", due times "
              + dues);
    }
    for (Due d : m.unmatchedDues()) {
      if (d.optional() || d.at().isAfter(requiredUpTo) || t.pausedNow()) {
        continue; // need not run, not yet, or waits for a resume
      }
      Instant ready = t.resumedAfter(d.at());
      boolean hadTime =
          ready.plus(LAG).isBefore(d.voidAt()); // a cancel or an edit soon after may drop it
      if (hadTime && !ready.plus(lag).isAfter(now)) {
        unrun.add(
            t.key
                + ": due at "
                + d.at()
                + " ("
                + d.why()
                + ") but not run by "
                + now
                + "; starts "
                + starts);
      }
    }
  }

  private static String describe(Execution e) {
    return "#"
        + e.logId()
        + " attempt "
        + e.attempt()
        + " for "
        + e.scheduledFor()
        + " started "
        + e.startedAt()
        + " on "
        + e.nodeId()
        + " "
        + e.status();
  }

  /**
   * The due times an execution row makes: a retry after a RETRIED row, a re-run after an
   * interrupted one.
   */
  private static List<Due> derived(World w, ModelTask t, Execution e) {
    if (e.status() == ExecutionStatus.RETRIED && e.finishedAt() != null) {
      return List.of(t.derived(e.finishedAt().plus(RETRY_DELAY), "retry after " + e.logId()));
    }
    if (e.status() == ExecutionStatus.INTERRUPTED) {
      return List.of(t.derived(e.startedAt(), "re-run of interrupted " + e.logId()));
    }
    Instant killedAt = w.killed.get(e.nodeId());
    if (e.status() == ExecutionStatus.RUNNING
        && killedAt != null
        && !e.startedAt().isAfter(killedAt)) {
      return List.of(
          t.derived(
              e.startedAt(), "re-run of " + e.logId() + " in flight on killed " + e.nodeId()));
    }
    return List.of();
  }

  /** Nothing RUNNING: no task in that status, no execution row either. */
  static void nothingRunning(World w) {
    List<String> problems = new ArrayList<>();
    for (ModelTask t : w.tasks) {
      TaskStatus status = w.service().get(t.id).status();
      if (status == TaskStatus.RUNNING) {
        problems.add(t.key + " is RUNNING");
      }
      w.executions(t.id).stream()
          .filter(e -> e.status() == ExecutionStatus.RUNNING)
          .forEach(
              e ->
                  problems.add(
                      t.key + ": execution " + e.logId() + " on " + e.nodeId() + " RUNNING"));
    }
    fail(w, problems);
  }

  /**
   * Each start the tasks recorded themselves has an execution row, and each row that started a
   * start, but for interrupted attempts (a node may die between the row and the command).
   */
  static void runFileAgrees(World w) {
    List<String> problems = new ArrayList<>();
    for (ModelTask t : w.tasks) {
      List<Execution> rows = w.started(t.id);
      long interrupted =
          rows.stream().filter(e -> e.status() == ExecutionStatus.INTERRUPTED).count();
      int lines = w.runs.of(t.key).size();
      if (lines > rows.size() || rows.size() - lines > interrupted) {
        problems.add(
            t.key
                + ": "
                + rows.size()
                + " execution rows that started ("
                + interrupted
                + " interrupted), "
                + lines
                + " starts in the run file");
      }
    }
    fail(w, problems);
  }

  /**
   * Everything due up to {@code end} has run (waiting up to {@code bound} for it); throws when not.
   */
  static void everythingDueRan(World w, Instant end, Duration bound) {
    List<String> unrun = new ArrayList<>();
    boolean ran =
        Waits.within(
            bound,
            () -> {
              unrun.clear();
              for (ModelTask t : w.tasks) {
                attempts(
                    w,
                    t,
                    w.started(t.id),
                    World.now(),
                    Duration.ZERO,
                    end,
                    new ArrayList<>(),
                    unrun);
              }
              return unrun.isEmpty();
            });
    if (!ran) {
      fail(w, unrun);
    }
  }

  static void expect(World w, boolean condition, String what) {
    if (!condition) {
      fail(w, List.of(what));
    }
  }

  static void fail(World w, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          w.label
              + ": "
              + String.join("\n  ", problems)
              + "\nmodel: "
              + w.tasks
              + "\nactions so far:\n  "
              + String.join("\n  ", w.log));
    }
  }
}
