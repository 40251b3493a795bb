package io.taskdeck.engine;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.store.StoredTask;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an edit changes a task's schedule (docs/engine.md, "schedule changed"), and its interval
 * anchor.
 */
final class ScheduleChange {
  private ScheduleChange() {}

  /**
   * An interval without start_at keeps its anchor while its interval stays; else it is anchored
   * now.
   */
  static Instant anchorFor(TaskSpec spec, StoredTask st, Instant now) {
    if (!(spec.schedule() instanceof Schedule.Interval i)) {
      return null;
    }
    if (i.startAt() != null) {
      return i.startAt();
    }
    return st.task().spec().schedule() instanceof Schedule.Interval old
            && old.startAt() == null
            && old.every().equals(i.every())
            && st.anchor() != null
        ? st.anchor()
        : now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /** Same schedule and calendar, an interval compared with its anchor and a cron with its zone. */
  static boolean sameSchedule(StoredTask st, TaskSpec spec, Instant anchor) {
    return Objects.equals(st.task().spec().calendar(), spec.calendar())
        && normalised(st.task().spec().schedule(), st.anchor())
            .equals(normalised(spec.schedule(), anchor));
  }

  private static Schedule normalised(Schedule s, Instant anchor) {
    return s instanceof Schedule.Interval i && i.startAt() == null ? i.withStart(anchor) : s;
  }
}
