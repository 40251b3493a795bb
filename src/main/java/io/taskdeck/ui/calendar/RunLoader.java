package io.taskdeck.ui.calendar;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Builds the runs of a {@link CalendarRange} (a month, week or day) on the background thread. Every
 * figure counts all tasks and runs, from the database's aggregates: past runs from the execution
 * log by outcome, upcoming one-time tasks at their next run, and each group of recurring tasks that
 * share a schedule projected once with the engine's preview (with its calendar) for all of them.
 * What is listed by name is a part of that: one entry per group occurrence, the one-time tasks by
 * name while they are few ({@link #NAMED_ONE_SHOTS}), and the first {@link #LISTED_EXECUTIONS} past
 * runs; each day says how many runs it has in all.
 */
final class RunLoader {
  static final int RUNS_PER_DAY = 50;

  /**
   * Fire times previewed per schedule group in a month (every 15 minutes fits); a busier one is
   * cut, and the calendar says so.
   */
  static final int PREVIEW_PER_TASK = 3_000;

  /** The same for a week or a day (every minute fits a week, with a 25-hour day in it). */
  static final int PREVIEW_PER_TASK_WEEK = 10_200;

  /** Past runs listed by name (the counts take all). */
  static final int LISTED_EXECUTIONS = 20_000;

  /**
   * Up to this many upcoming one-time tasks in the range are listed by name; more are listed per
   * quarter hour.
   */
  static final int NAMED_ONE_SHOTS = 2_000;

  static final String DELETED = "(deleted task)";
  static final Duration BUCKET = Duration.ofMinutes(15);
  private static final int CHUNK = 100;

  private final TaskService service;
  private final TaskStatistics statistics;
  private final ZoneId zone;

  RunLoader(TaskService service, TaskStatistics statistics, ZoneId zone) {
    this.service = service;
    this.statistics = statistics;
    this.zone = zone;
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * A loaded range.
   *
   * @param byDay the listed runs of each day with runs, in time order
   * @param hours the hour slots of every day (week and day views), empty for a month
   * @param cut the schedules whose runs were cut at {@link #previewCap}
   * @param totals all runs of each day (listed or not)
   */
  record Loaded(
      CalendarRange range,
      Map<LocalDate, List<DayRun>> byDay,
      List<DayCell> days,
      List<HourSlot> hours,
      List<String> cut,
      Map<LocalDate, Long> totals) {
    List<DayRun> runsOn(LocalDate date) {
      return byDay.getOrDefault(date, List.of());
    }

    long totalOn(LocalDate date) {
      return totals.getOrDefault(date, 0L);
    }

    boolean empty() {
      return byDay.isEmpty() && totals.values().stream().allMatch(n -> n == 0);
    }
  }

  Loaded load(CalendarRange range, Instant now) {
    Instant start = range.first().atStartOfDay(zone).toInstant();
    Instant end = range.end().atStartOfDay(zone).toInstant();
    Map<LocalDate, List<DayRun>> byDay = new TreeMap<>();
    Counts counts = new Counts();
    List<String> cut = new ArrayList<>();
    if (end.isAfter(now)) {
      upcoming(start.isAfter(now) ? start : now, end, range, byDay, counts, cut);
    }
    if (start.isBefore(now)) {
      past(start, end.isBefore(now) ? end : now, byDay, counts);
    }
    byDay.values().forEach(runs -> runs.sort(Comparator.comparing(DayRun::at)));
    List<DayCell> cells =
        range.days().stream().map(d -> counts.cell(d, byDay.getOrDefault(d, List.of()))).toList();
    List<HourSlot> hours =
        range.mode() == CalendarRange.Mode.MONTH
            ? List.of()
            : range.days().stream()
                .flatMap(d -> slots(d, byDay.getOrDefault(d, List.of()), counts).stream())
                .toList();
    Map<LocalDate, Long> totals = new HashMap<>();
    cells.forEach(c -> totals.put(c.date(), c.total()));
    return new Loaded(range, byDay, cells, hours, cut, totals);
  }

  private void upcoming(
      Instant from,
      Instant end,
      CalendarRange range,
      Map<LocalDate, List<DayRun>> byDay,
      Counts counts,
      List<String> cut) {
    TaskStatistics.Upcoming u = statistics.upcoming(from, end, BUCKET, NAMED_ONE_SHOTS);
    u.oneShotPerBucket().forEach((bucket, n) -> counts.add(bucket, n, null));
    if (u.oneShotTotal() <= u.oneShots().size()) {
      u.oneShots().forEach(d -> add(byDay, new DayRun(d.taskId(), d.name(), d.at(), null)));
    } else {
      u.oneShotPerBucket()
          .forEach(
              (bucket, n) ->
                  add(
                      byDay,
                      new DayRun(
                          null,
                          String.format("%,d one-time %s", n, n == 1 ? "task" : "tasks"),
                          bucket,
                          null,
                          false,
                          n)));
    }
    for (TaskStatistics.RecurringGroup g : u.recurring()) {
      List<Instant> times = project(g, from, end, previewCap(range));
      String name =
          g.tasks() == 1
              ? g.sampleName()
              : String.format("%s and %,d more", g.sampleName(), g.tasks() - 1);
      if (times.size() >= previewCap(range)) {
        cut.add(name);
      }
      for (Instant at : times) {
        counts.add(at, g.tasks(), null);
        add(byDay, new DayRun(g.sampleId(), name, at, null, false, g.tasks()));
      }
    }
  }

  /**
   * The group's occurrences in [from, end), by the engine's preview in chunks; a busy schedule
   * stops at the cap.
   */
  private List<Instant> project(
      TaskStatistics.RecurringGroup g, Instant from, Instant end, int cap) {
    List<Instant> out = new ArrayList<>();
    Instant next = from;
    while (out.size() < cap) {
      List<Instant> chunk = service.previewFireTimes(g.schedule(), g.calendar(), next, CHUNK);
      for (Instant at : chunk) {
        if (!at.isBefore(end) || out.size() >= cap) {
          return out;
        }
        if (!at.isBefore(from) && (out.isEmpty() || at.isAfter(out.get(out.size() - 1)))) {
          out.add(at);
        }
      }
      if (chunk.size() < CHUNK) {
        return out;
      }
      next = chunk.get(chunk.size() - 1);
    }
    return out;
  }

  private void past(Instant from, Instant to, Map<LocalDate, List<DayRun>> byDay, Counts counts) {
    statistics
        .executions(from, to, BUCKET)
        .buckets()
        .forEach(
            (bucket, byStatus) -> byStatus.forEach((status, n) -> counts.add(bucket, n, status)));
    Map<UUID, String> names = new HashMap<>();
    List<Execution> rows = new ArrayList<>();
    ExecutionQuery q = new ExecutionQuery(null, Set.of(), from, to, TaskQuery.MAX_LIMIT, null);
    Page<Execution> page;
    do {
      page = service.executions(q);
      page.items().stream()
          .filter(e -> e.startedAt() != null && e.status() != ExecutionStatus.RUNNING)
          .forEach(rows::add);
      q = q.withCursor(page.nextCursor());
    } while (page.hasMore() && rows.size() < LISTED_EXECUTIONS);
    for (Execution e : rows) {
      String name =
          names.computeIfAbsent(e.taskId(), id -> service.find(id).map(Task::name).orElse(DELETED));
      add(byDay, new DayRun(e.taskId(), name, e.startedAt(), e.status(), DELETED.equals(name)));
    }
  }

  /**
   * The day's hours with each listed run placed in the hour it falls in ({@code runs} in time
   * order).
   */
  private List<HourSlot> slots(LocalDate date, List<DayRun> runs, Counts counts) {
    List<HourSlot> slots = new ArrayList<>();
    int next = 0;
    for (DayHours.Hour h : DayHours.of(date, zone)) {
      int from = next;
      while (next < runs.size() && h.contains(runs.get(next).at())) {
        next++;
      }
      slots.add(
          new HourSlot(
              date, h, runs.subList(from, next), counts.within(h), DayCell.Exclusion.NONE));
    }
    return slots;
  }

  static int previewCap(CalendarRange range) {
    return range.mode() == CalendarRange.Mode.MONTH ? PREVIEW_PER_TASK : PREVIEW_PER_TASK_WEEK;
  }

  private void add(Map<LocalDate, List<DayRun>> byDay, DayRun run) {
    byDay.computeIfAbsent(run.at().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(run);
  }

  /** Run counts by quarter hour and outcome (null: upcoming), for days and hours. */
  private final class Counts {
    private final TreeMap<Instant, Map<RunOutcome, Long>> byBucket = new TreeMap<>();

    void add(Instant at, long n, ExecutionStatus status) {
      Instant bucket =
          Instant.ofEpochSecond(
              Math.floorDiv(at.getEpochSecond(), BUCKET.toSeconds()) * BUCKET.toSeconds());
      byBucket
          .computeIfAbsent(bucket, b -> new HashMap<>())
          .merge(RunOutcome.of(status), n, Long::sum);
    }

    private long sum(Instant from, Instant to, RunOutcome only) {
      return byBucket.subMap(from, to).values().stream()
          .mapToLong(
              m ->
                  only == null
                      ? m.values().stream().mapToLong(Long::longValue).sum()
                      : m.getOrDefault(only, 0L))
          .sum();
    }

    long within(DayHours.Hour h) {
      return sum(h.start(), h.end(), null);
    }

    DayCell cell(LocalDate date, List<DayRun> sorted) {
      Instant from = date.atStartOfDay(zone).toInstant();
      Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
      return new DayCell(
          date,
          List.copyOf(sorted.subList(0, Math.min(RUNS_PER_DAY, sorted.size()))),
          sum(from, to, null),
          sum(from, to, RunOutcome.SUCCEEDED),
          sum(from, to, RunOutcome.FAILED),
          sum(from, to, RunOutcome.MISSED),
          DayCell.Exclusion.NONE);
    }
  }
}
