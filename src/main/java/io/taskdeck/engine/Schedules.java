package io.taskdeck.engine;

import io.taskdeck.core.Occurrences;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import org.quartz.Calendar;
import org.quartz.CronExpression;
import org.quartz.impl.triggers.SimpleTriggerImpl;

/**
 * Each task's occurrences, computed with Quartz's own trigger arithmetic: {@link CronExpression} in
 * the task's zone, the simple trigger's interval from the task's anchor, and {@link
 * Calendar#isTimeIncluded} for its calendar (an excluded time is not an occurrence). Parsed cron
 * expressions are cached by expression and zone (tasks share them, and a parse per settlement would
 * cost more than the settlement), calendars by name through {@code calendars}.
 */
final class Schedules {
  /**
   * A calendar may exclude a long stretch: this many fire times are looked at, at most, per
   * question.
   */
  private static final int MAX_STEPS = 100_000;

  private static final int CRON_CACHE = 10_000;

  private final Function<String, Calendar> calendars;
  private final Map<String, CronExpression> crons =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CronExpression> eldest) {
              return size() > CRON_CACHE;
            }
          });

  /** {@code calendars} gives the Quartz calendar of a name (null for none). */
  Schedules(Function<String, Calendar> calendars) {
    this.calendars = calendars;
  }

  /** The occurrences of {@code spec}'s schedule, an interval counted from {@code anchor}. */
  Occurrences of(TaskSpec spec, Instant anchor) {
    return of(
        spec.schedule(), spec.calendar() == null ? null : calendars.apply(spec.calendar()), anchor);
  }

  Occurrences of(Schedule schedule, Calendar cal, Instant anchor) {
    Sequence seq;
    if (schedule instanceof Schedule.Cron c) {
      CronExpression expr = cron(c);
      seq = t -> Optional.ofNullable(expr.getTimeAfter(new Date(t))).map(Date::getTime);
    } else if (schedule instanceof Schedule.Interval i) {
      SimpleTriggerImpl trigger = new SimpleTriggerImpl();
      trigger.setStartTime(Date.from(i.startAt() != null ? i.startAt() : anchor));
      trigger.setEndTime(i.endAt() == null ? null : Date.from(i.endAt()));
      trigger.setRepeatInterval(i.every().toMillis());
      trigger.setRepeatCount(
          i.repeat() == null ? SimpleTriggerImpl.REPEAT_INDEFINITELY : i.repeat() - 1);
      seq = t -> Optional.ofNullable(trigger.getFireTimeAfter(new Date(t))).map(Date::getTime);
    } else {
      return once((Schedule.Once) schedule, cal);
    }
    return new CalendarOccurrences(seq, cal);
  }

  /**
   * The first {@code count} occurrences at or after {@code from} (the schedule starting at {@code
   * from}).
   */
  List<Instant> preview(Schedule schedule, Calendar cal, Instant from, int count) {
    Occurrences occ = of(schedule, cal, from);
    List<Instant> out = new ArrayList<>();
    Optional<Instant> next = occ.first(from);
    while (next.isPresent() && out.size() < count) {
      out.add(next.get());
      next = occ.after(next.get());
    }
    return out;
  }

  private CronExpression cron(Schedule.Cron c) {
    return crons.computeIfAbsent(
        c.expression() + "\u0000" + c.zone().getId(),
        k -> {
          try {
            CronExpression expr = new CronExpression(c.expression());
            expr.setTimeZone(TimeZone.getTimeZone(c.zone()));
            return expr;
          } catch (ParseException e) {
            throw new IllegalArgumentException(
                "invalid cron expression '" + c.expression() + "': " + e.getMessage(), e);
          }
        });
  }

  /** A once schedule occurs at its time, or now when that is absent or past. */
  private static Occurrences once(Schedule.Once o, Calendar cal) {
    return new Occurrences() {
      @Override
      public Optional<Instant> after(Instant t) {
        return o.at() != null && o.at().isAfter(t)
            ? included(o.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
            : Optional.empty();
      }

      @Override
      public Optional<Instant> first(Instant now) {
        return included(
            (o.at() == null || o.at().isBefore(now) ? now : o.at())
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
      }

      private Optional<Instant> included(Instant t) {
        return cal == null || cal.isTimeIncluded(t.toEpochMilli())
            ? Optional.of(t)
            : Optional.empty();
      }
    };
  }

  /** Fire times strictly after a time, in epoch milliseconds. */
  @FunctionalInterface
  private interface Sequence {
    Optional<Long> after(long t);
  }

  /** A sequence with what its calendar excludes skipped. */
  private record CalendarOccurrences(Sequence seq, Calendar cal) implements Occurrences {
    @Override
    public Optional<Instant> after(Instant t) {
      Optional<Long> next = seq.after(t.toEpochMilli());
      for (int steps = 0;
          next.isPresent() && cal != null && !cal.isTimeIncluded(next.get());
          steps++) {
        if (steps >= MAX_STEPS) {
          return Optional.empty();
        }
        next = skipExcluded(next.get());
      }
      return next.map(Instant::ofEpochMilli);
    }

    @Override
    public Optional<Instant> first(Instant now) {
      return after(now.minusMillis(1));
    }

    /** The first fire time after the excluded stretch that contains {@code excluded}. */
    private Optional<Long> skipExcluded(long excluded) {
      long included = cal.getNextIncludedTime(excluded);
      Optional<Long> jumped = included > excluded ? seq.after(included - 1) : Optional.empty();
      return jumped.isPresent() && jumped.get() > excluded ? jumped : seq.after(excluded);
    }
  }
}
