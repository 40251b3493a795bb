package io.taskdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * What an execution log says about the occurrences of recurring tasks in a time range. An
 * occurrence is a task and its scheduled time (the log's {@code scheduled_for}); its executions are
 * counted per occurrence, so a second run of one occurrence is a duplicate.
 *
 * <p>Which occurrences were due depends on the engine's {@link Cadence}. At a fixed rate they are
 * known in advance: the anchor plus whole periods, from when the task existed; one that did not run
 * is lost, and an execution whose scheduled time is not one of them is off the schedule. At a fixed
 * delay each occurrence follows from the previous execution's finish, so what ran is what came due,
 * and a task's next occurrence that was due (one period after its last finish, or its anchor when
 * it never ran) but did not run is lost; the occurrences it would have been followed by never came
 * due.
 *
 * @param window the occurrences scheduled in the measured window
 * @param before the occurrences scheduled before it (during creation and warm-up)
 * @param ranInWindow occurrences whose first execution started in the window (the throughput)
 * @param offSchedule executions of these tasks at a time that is none of their occurrences (or that
 *     never started)
 * @param unexpected executions of tasks that were not created by this run
 */
record RecurringAnalysis(
    Tally window, Tally before, long ranInWindow, long offSchedule, long unexpected) {

  /**
   * @param due occurrences that were due in the range
   * @param ran of those, how many ran at least once
   * @param duplicates executions beyond the first of each occurrence in the range
   * @param lost due and never run (by the time the log was read)
   * @param delays first start minus scheduled time of each occurrence that ran
   */
  record Tally(long due, long ran, long duplicates, long lost, DelayStats delays) {}

  /** The executions of one occurrence: how many, the first start and the last end. */
  private static final class Runs {
    int count;
    Instant firstStart;
    long lastEnd = Long.MIN_VALUE;

    void add(ExecutionRecord r) {
      count++;
      if (firstStart == null || r.startedAt().isBefore(firstStart)) {
        firstStart = r.startedAt();
      }
      Instant end = r.finishedAt() != null ? r.finishedAt() : r.startedAt();
      lastEnd = Math.max(lastEnd, end.toEpochMilli());
    }
  }

  static RecurringAnalysis of(
      List<RecurringTask> tasks,
      Duration every,
      Cadence cadence,
      Instant windowStart,
      Instant windowEnd,
      List<ExecutionRecord> records) {
    long period = every.toMillis();
    Map<String, RecurringTask> byId = new HashMap<>(tasks.size() * 2);
    tasks.forEach(t -> byId.put(t.id(), t));
    Map<String, TreeMap<Long, Runs>> runs = new HashMap<>(tasks.size() * 2);
    long offSchedule = 0;
    long unexpected = 0;
    for (ExecutionRecord r : records) {
      RecurringTask task = byId.get(r.taskId());
      if (task == null) {
        unexpected++;
      } else if (r.scheduledFor() == null
          || r.startedAt() == null
          || !onSchedule(task, r.scheduledFor().toEpochMilli(), period, cadence)) {
        offSchedule++;
      } else {
        runs.computeIfAbsent(task.id(), id -> new TreeMap<>())
            .computeIfAbsent(r.scheduledFor().toEpochMilli(), at -> new Runs())
            .add(r);
      }
    }
    long from = windowStart.toEpochMilli();
    long to = windowEnd.toEpochMilli();
    Tally window = tally(tasks, runs, period, cadence, from, to);
    Tally before = tally(tasks, runs, period, cadence, Long.MIN_VALUE, from);
    long ranInWindow =
        runs.values().stream()
            .flatMap(m -> m.values().stream())
            .filter(o -> within(o.firstStart.toEpochMilli(), from, to))
            .count();
    return new RecurringAnalysis(window, before, ranInWindow, offSchedule, unexpected);
  }

  /** The occurrences a fixed-rate schedule owes in {@code [from, to)}: what every task was due. */
  static long dueAtFixedRate(List<RecurringTask> tasks, Duration every, Instant from, Instant to) {
    long sum = 0;
    for (RecurringTask t : tasks) {
      sum += gridPoints(t, every.toMillis(), from.toEpochMilli(), to.toEpochMilli());
    }
    return sum;
  }

  private static Tally tally(
      List<RecurringTask> tasks,
      Map<String, TreeMap<Long, Runs>> runs,
      long period,
      Cadence cadence,
      long from,
      long to) {
    long due = 0;
    long ran = 0;
    long duplicates = 0;
    long lost = 0;
    LongStream.Builder delays = LongStream.builder();
    for (RecurringTask t : tasks) {
      TreeMap<Long, Runs> all = runs.getOrDefault(t.id(), new TreeMap<>());
      SortedMap<Long, Runs> inRange = all.subMap(from, to);
      long ranHere = 0;
      long owedFrom = cadence == Cadence.FIXED_RATE ? firstOwed(t, period, from) : Long.MIN_VALUE;
      for (Map.Entry<Long, Runs> e : inRange.entrySet()) {
        duplicates += e.getValue().count - 1;
        if (e.getKey() >= owedFrom) {
          ranHere++;
          delays.add(e.getValue().firstStart.toEpochMilli() - e.getKey());
        }
      }
      ran += ranHere;
      if (cadence == Cadence.FIXED_RATE) {
        long owed = gridPoints(t, period, from, to);
        due += owed;
        lost += owed - ranHere;
      } else {
        long next =
            all.isEmpty() ? t.anchor().toEpochMilli() : all.lastEntry().getValue().lastEnd + period;
        long pending = within(next, from, to) ? 1 : 0;
        due += ranHere + pending;
        lost += pending;
      }
    }
    return new Tally(due, ran, duplicates, lost, DelayStats.of(delays.build().toArray()));
  }

  /** The first occurrence a fixed-rate task owes at or after {@code from}. */
  private static long firstOwed(RecurringTask t, long period, long from) {
    return RecurringPlan.firstAtOrAfter(
        t.anchor().toEpochMilli(), period, Math.max(from, RecurringPlan.ceilMillis(t.createdBy())));
  }

  private static long gridPoints(RecurringTask t, long period, long from, long to) {
    long first = firstOwed(t, period, from);
    return first >= to ? 0 : (to - 1 - first) / period + 1;
  }

  private static boolean onSchedule(RecurringTask t, long at, long period, Cadence cadence) {
    long anchor = t.anchor().toEpochMilli();
    return cadence == Cadence.FIXED_DELAY || (at >= anchor && (at - anchor) % period == 0);
  }

  private static boolean within(long at, long from, long to) {
    return at >= from && at < to;
  }
}
