package io.taskdeck.model;

import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the reference model knows of one task: the spec it was given, the schedule segments it has
 * had (each edit of the schedule or the calendar starts a new one), the extra attempts asked for
 * (run now, requeue), its pause windows and its cancellation. From these, {@link #dues} lists the
 * times at which an attempt may start (docs/engine.md): an attempt that starts is matched to one of
 * them ({@link Matching}).
 */
final class ModelTask {
  /** After an edit of the schedule, occurrences this close to it may or may not be run. */
  static final Duration EDIT_GRACE = Duration.ofSeconds(1);

  static final Instant NEVER = Instant.MAX;

  /**
   * A start this close before an extra run was asked may be that run's own predecessor still
   * pending.
   */
  static final Duration COALESCE_MARGIN = Duration.ofMillis(100);

  /**
   * A time at which an attempt may start, until {@code voidAt}; {@code optional} ones need not run.
   */
  record Due(Instant at, Instant voidAt, boolean optional, String why) {}

  /** A span during which the task was paused. */
  record Window(Instant from, Instant to) {
    boolean contains(Instant t) {
      return !t.isBefore(from) && t.isBefore(to);
    }
  }

  private record Segment(
      ModelSchedule schedule,
      boolean calendar,
      Instant from,
      boolean strictlyAfter,
      Instant optionalUntil,
      Instant voidAt) {
    Segment voidedAt(Instant t) {
      return new Segment(schedule, calendar, from, strictlyAfter, optionalUntil, t);
    }
  }

  final String key;
  final UUID id;
  final Instant createdAt;
  TaskSpec spec;
  ModelSchedule schedule;
  boolean calendar;
  TaskStatus lastStatus;

  /** A pause asked while an attempt ran: the task turns PAUSED once it settles. */
  boolean pauseAfterAttempt;

  /** It has had a retry policy of more than one attempt. */
  boolean mayRetry;

  private final List<Segment> segments = new ArrayList<>();
  private final List<Due> extras = new ArrayList<>();
  private final List<Window> pauses = new ArrayList<>();
  private Instant pausedSince;
  private Instant cancelledAt;
  private Instant lastExtraAsked;

  ModelTask(
      String key,
      UUID id,
      Instant createdAt,
      Instant askedAt,
      TaskSpec spec,
      ModelSchedule schedule,
      boolean calendar,
      TaskStatus status) {
    this.key = key;
    this.id = id;
    this.createdAt = createdAt;
    this.spec = spec;
    this.schedule = schedule;
    this.calendar = calendar;
    this.lastStatus = status;
    this.mayRetry = spec.retry().maxAttempts() > 1;
    boolean cron = schedule instanceof ModelSchedule.CronSeconds;
    Instant from = schedule instanceof ModelSchedule.Once ? askedAt : createdAt;
    segments.add(new Segment(schedule, calendar, from, cron, from, NEVER));
  }

  boolean recurring() {
    return !(schedule instanceof ModelSchedule.Once);
  }

  /** True when its schedule ends: once, or an interval with a repeat count. */
  boolean finite() {
    return !recurring() || (schedule instanceof ModelSchedule.Every e && e.repeat() != null);
  }

  /**
   * The schedule (or calendar) changed by an edit asked at {@code asked} that returned at {@code
   * returned}.
   */
  void rescheduled(
      ModelSchedule newSchedule, boolean newCalendar, Instant asked, Instant returned) {
    // docs/engine.md: an edit of the schedule replaces the pending attempt, a run-now or requeue
    // still waiting included; those asked before it need not run any more (they may have already)
    extras.replaceAll(
        d ->
            d.optional()
                ? d
                : new Due(d.at(), d.voidAt(), true, d.why() + " (before an edit of the schedule)"));
    Segment last = segments.remove(segments.size() - 1);
    segments.add(last.voidedAt(returned));
    segments.add(
        new Segment(newSchedule, newCalendar, asked, true, returned.plus(EDIT_GRACE), NEVER));
    schedule = newSchedule;
    calendar = newCalendar;
  }

  /**
   * Run now or requeue, asked at {@code asked}: one more attempt due then, given {@code started},
   * the attempts that started so far. docs/engine.md: "a run-now while a run-now is still pending
   * only moves it to now", so when no attempt started since the previous extra was asked, the two
   * may be one run and this one need not run on its own.
   */
  void extraAttempt(Instant asked, String why, List<Instant> started) {
    Instant settledBefore = asked.minus(COALESCE_MARGIN);
    boolean mayJoin =
        lastExtraAsked != null
            && started.stream()
                .noneMatch(t -> !t.isBefore(lastExtraAsked) && t.isBefore(settledBefore));
    extras.add(
        new Due(
            asked,
            NEVER,
            mayJoin,
            mayJoin ? why + " (may join the extra run still pending)" : why));
    lastExtraAsked = asked;
  }

  void paused(Instant returned) {
    if (pausedSince == null) {
      pausedSince = returned;
    }
  }

  void resumed(Instant asked) {
    pauseAfterAttempt = false;
    if (pausedSince != null) {
      pauses.add(new Window(pausedSince, asked));
      pausedSince = null;
    }
  }

  void cancelled(Instant returned) {
    if (cancelledAt == null) {
      cancelledAt = returned;
    }
  }

  boolean cancelled() {
    return cancelledAt != null;
  }

  boolean pausedNow() {
    return pausedSince != null;
  }

  /**
   * True when an attempt that started at {@code t} started while the task was paused or cancelled.
   */
  boolean stopped(Instant t) {
    return (cancelledAt != null && !t.isBefore(cancelledAt))
        || (pausedSince != null && !t.isBefore(pausedSince))
        || pauses.stream().anyMatch(w -> w.contains(t));
  }

  /**
   * The end of the pause that {@code t} falls in, or {@code t} itself when the task was not paused
   * then.
   */
  Instant resumedAfter(Instant t) {
    if (pausedSince != null && !t.isBefore(pausedSince)) {
      return NEVER;
    }
    return pauses.stream().filter(w -> w.contains(t)).map(Window::to).findFirst().orElse(t);
  }

  /**
   * Every time up to {@code now} at which an attempt may start, from the schedule and the extras.
   */
  List<Due> dues(Instant now) {
    List<Due> out = new ArrayList<>();
    for (Segment s : segments) {
      Instant to = s.voidAt().isBefore(now) ? s.voidAt() : now;
      for (Instant t :
          s.schedule().occurrences(createdAt, s.from(), s.strictlyAfter(), to, s.calendar())) {
        out.add(
            new Due(
                t,
                cancelCap(s.voidAt()),
                !t.isAfter(s.optionalUntil()) && s.strictlyAfter(),
                "occurrence"));
      }
    }
    for (Due d : extras) {
      if (!d.at().isAfter(now)) {
        out.add(new Due(d.at(), cancelCap(d.voidAt()), d.optional(), d.why()));
      }
    }
    return out;
  }

  /** A due time of this task's own making (a retry, a re-run), voided only by a cancel. */
  Due derived(Instant at, String why) {
    return new Due(at, cancelCap(NEVER), false, why);
  }

  private Instant cancelCap(Instant voidAt) {
    return cancelledAt != null && cancelledAt.isBefore(voidAt) ? cancelledAt : voidAt;
  }

  @Override
  public String toString() {
    return key
        + "("
        + schedule
        + (calendar ? " +" + ModelSchedule.THIRDS : "")
        + ", "
        + lastStatus
        + ")";
  }
}
