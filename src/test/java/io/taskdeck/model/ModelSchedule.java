package io.taskdeck.model;

import io.taskdeck.core.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference model's own arithmetic of occurrences (docs/engine.md, "Occurrences"), written
 * without Quartz: a once schedule, an interval from an anchor, or the cron expression {@code
 * *}{@code /N * * * * ?} (every N-th second of a minute, UTC); optionally with the model's calendar
 * {@link #THIRDS}, which excludes every second of a minute divisible by 3.
 */
sealed interface ModelSchedule
    permits ModelSchedule.Once, ModelSchedule.Every, ModelSchedule.CronSeconds {
  /**
   * The exclusion calendar every model world defines: a CRON calendar of {@code *}{@code /3 * * * *
   * ?}.
   */
  String THIRDS = "thirds";

  String THIRDS_EXPRESSION = "*/3 * * * * ?";

  /** The schedule as the engine is given it. */
  Schedule toSchedule();

  /**
   * The occurrences in {@code [from, to]} (from exclusive when {@code strictlyAfter}), calendar
   * applied when {@code calendar}, for a task created at {@code createdAt}.
   */
  List<Instant> occurrences(
      Instant createdAt, Instant from, boolean strictlyAfter, Instant to, boolean calendar);

  /**
   * True when, anchored at {@code at} or a second later (an interval without a start is anchored
   * when the engine stores it), the schedule has no occurrence in the next two minutes that the
   * calendar leaves: the engine may refuse such a schedule as bad input.
   */
  default boolean neverFires(boolean calendar, Instant at) {
    Instant later = at.plusSeconds(1);
    return occurrences(at, at, false, at.plusSeconds(120), calendar).isEmpty()
        || occurrences(later, later, false, later.plusSeconds(120), calendar).isEmpty();
  }

  /** True when the calendar {@link #THIRDS} excludes {@code t}. */
  static boolean excluded(Instant t) {
    return t.atZone(ZoneOffset.UTC).getSecond() % 3 == 0;
  }

  private static List<Instant> filter(
      List<Instant> times, Instant from, boolean strictlyAfter, Instant to, boolean calendar) {
    List<Instant> out = new ArrayList<>();
    for (Instant t : times) {
      boolean afterFrom = strictlyAfter ? t.isAfter(from) : !t.isBefore(from);
      if (afterFrom && !t.isAfter(to) && !(calendar && excluded(t))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Once at {@code at}; null: the moment it is given to the engine (its {@code from}). */
  record Once(Instant at) implements ModelSchedule {
    @Override
    public Schedule toSchedule() {
      return new Schedule.Once(at);
    }

    @Override
    public List<Instant> occurrences(
        Instant createdAt, Instant from, boolean strictlyAfter, Instant to, boolean calendar) {
      Instant due = at == null || at.isBefore(from) ? from : at;
      return filter(List.of(due), from, false, to, calendar);
    }
  }

  /**
   * Every {@code every} from {@code startAt} (null: the task's creation time, the stored anchor),
   * at most {@code repeat} occurrences counted from the anchor when set.
   */
  record Every(Duration every, Instant startAt, Integer repeat) implements ModelSchedule {
    @Override
    public Schedule toSchedule() {
      return new Schedule.Interval(every, startAt, null, repeat);
    }

    @Override
    public List<Instant> occurrences(
        Instant createdAt, Instant from, boolean strictlyAfter, Instant to, boolean calendar) {
      Instant anchor = startAt == null ? createdAt : startAt;
      List<Instant> times = new ArrayList<>();
      for (long k = 0; repeat == null || k < repeat; k++) {
        Instant t = anchor.plus(every.multipliedBy(k));
        if (t.isAfter(to)) {
          break;
        }
        times.add(t);
      }
      return filter(times, from, strictlyAfter, to, calendar);
    }
  }

  /**
   * {@code *}{@code /seconds * * * * ?} in UTC: the seconds of each minute divisible by {@code
   * seconds}.
   */
  record CronSeconds(int seconds) implements ModelSchedule {
    @Override
    public Schedule toSchedule() {
      return new Schedule.Cron("*/" + seconds + " * * * * ?", ZoneId.of("UTC"));
    }

    @Override
    public List<Instant> occurrences(
        Instant createdAt, Instant from, boolean strictlyAfter, Instant to, boolean calendar) {
      List<Instant> times = new ArrayList<>();
      Instant after =
          from.isAfter(createdAt) ? from : createdAt; // cron: fire times after the creation
      for (Instant t = after.truncatedTo(ChronoUnit.SECONDS);
          !t.isAfter(to);
          t = t.plusSeconds(1)) {
        if (t.isAfter(after) && t.atZone(ZoneOffset.UTC).getSecond() % seconds == 0) {
          times.add(t);
        }
      }
      return filter(times, from, strictlyAfter, to, calendar);
    }
  }
}
