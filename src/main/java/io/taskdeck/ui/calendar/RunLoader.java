package io.taskdeck.ui.calendar;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
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
 * Builds the runs of a {@link CalendarRange} (a month, week or day) on the background thread:
 * upcoming runs from each live task's preview (with its calendar), one-shot tasks at their time,
 * and past days from the execution log; then the day cells and, for a week or day, the hour slots.
 */
final class RunLoader {
  static final int RUNS_PER_DAY = 50;
  /** Fire times previewed per recurring task in a month (every 15 minutes fits); a busier task is cut. */
  static final int PREVIEW_PER_TASK = 3_000;
  /** The same for a week or a day (every minute fits a week, with a 25-hour day in it). */
  static final int PREVIEW_PER_TASK_WEEK = 10_200;
  static final int MAX_EXECUTIONS = 20_000;
  static final String DELETED = "(deleted task)";
  private static final int CHUNK = 100;
  private static final Set<TaskStatus> LIVE = Set.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING);

  private final TaskService service;
  private final ZoneId zone;

  RunLoader(TaskService service, ZoneId zone) {
    this.service = service;
    this.zone = zone;
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * A loaded range.
   *
   * @param byDay every run of each day with runs, in time order
   * @param hours the hour slots of every day (week and day views), empty for a month
   * @param cut the tasks whose runs were cut at {@link #previewCap}
   */
  record Loaded(CalendarRange range, Map<LocalDate, List<DayRun>> byDay, List<DayCell> days, List<HourSlot> hours,
      List<String> cut) {
    List<DayRun> runsOn(LocalDate date) {
      return byDay.getOrDefault(date, List.of());
    }

    boolean empty() {
      return byDay.isEmpty();
    }
  }

  Loaded load(CalendarRange range, Instant now) {
    List<String> cut = new ArrayList<>();
    Instant start = range.first().atStartOfDay(zone).toInstant();
    Instant end = range.end().atStartOfDay(zone).toInstant();
    Map<LocalDate, List<DayRun>> byDay = new TreeMap<>();
    Map<UUID, String> names = new HashMap<>();
    if (end.isAfter(now)) {
      List<Task> tasks = service.list(new TaskQuery(LIVE, null, null, null, TaskQuery.MAX_LIMIT, null)).items();
      for (Task t : tasks) {
        names.put(t.id(), t.name());
        List<Instant> times = upcoming(t, start.isAfter(now) ? start : now, end, previewCap(range));
        if (times.size() >= previewCap(range)) {
          cut.add(t.name());
        }
        times.forEach(at -> add(byDay, new DayRun(t.id(), t.name(), at, null)));
      }
    }
    if (start.isBefore(now)) {
      for (Execution e : executions(start, end.isBefore(now) ? end : now)) {
        String name = names.computeIfAbsent(e.taskId(), id -> service.find(id).map(Task::name).orElse(DELETED));
        add(byDay, new DayRun(e.taskId(), name, e.startedAt(), e.status(), DELETED.equals(name)));
      }
    }
    byDay.values().forEach(runs -> runs.sort(Comparator.comparing(DayRun::at)));
    List<DayCell> cells = range.days().stream().map(d -> cell(d, byDay.getOrDefault(d, List.of()))).toList();
    List<HourSlot> hours = range.mode() == CalendarRange.Mode.MONTH ? List.of()
        : range.days().stream().flatMap(d -> slots(d, byDay.getOrDefault(d, List.of())).stream()).toList();
    return new Loaded(range, byDay, cells, hours, cut);
  }

  /** The day's hours with each run placed in the hour it falls in ({@code runs} in time order). */
  private List<HourSlot> slots(LocalDate date, List<DayRun> runs) {
    List<HourSlot> slots = new ArrayList<>();
    int next = 0;
    for (DayHours.Hour h : DayHours.of(date, zone)) {
      int from = next;
      while (next < runs.size() && h.contains(runs.get(next).at())) {
        next++;
      }
      slots.add(new HourSlot(date, h, runs.subList(from, next), DayCell.Exclusion.NONE));
    }
    return slots;
  }

  static int previewCap(CalendarRange range) {
    return range.mode() == CalendarRange.Mode.MONTH ? PREVIEW_PER_TASK : PREVIEW_PER_TASK_WEEK;
  }

  private List<Instant> upcoming(Task t, Instant from, Instant end, int cap) {
    Schedule s = t.spec().schedule();
    if (s instanceof Schedule.Once) {
      Instant at = t.nextRun();
      return at != null && !at.isBefore(from) && at.isBefore(end) ? List.of(at) : List.of();
    }
    // previews in chunks, so a daily task costs one call and a busy one stops at the cap
    List<Instant> out = new ArrayList<>();
    Instant next = from;
    while (out.size() < cap) {
      List<Instant> chunk = service.previewFireTimes(s, t.spec().calendar(), next, CHUNK);
      for (Instant at : chunk) {
        if (!at.isBefore(end) || out.size() >= cap) {
          return out;
        }
        if (out.isEmpty() || at.isAfter(out.get(out.size() - 1))) {
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

  private List<Execution> executions(Instant from, Instant to) {
    List<Execution> rows = new ArrayList<>();
    ExecutionQuery q = new ExecutionQuery(null, Set.of(), from, to, TaskQuery.MAX_LIMIT, null);
    Page<Execution> page;
    do {
      page = service.executions(q);
      page.items().stream().filter(e -> e.startedAt() != null && e.status() != ExecutionStatus.RUNNING).forEach(rows::add);
      q = q.withCursor(page.nextCursor());
    } while (page.hasMore() && rows.size() < MAX_EXECUTIONS);
    return rows;
  }

  private void add(Map<LocalDate, List<DayRun>> byDay, DayRun run) {
    byDay.computeIfAbsent(run.at().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(run);
  }

  private static DayCell cell(LocalDate date, List<DayRun> sorted) {
    return new DayCell(date, List.copyOf(sorted.subList(0, Math.min(RUNS_PER_DAY, sorted.size()))), sorted.size(),
        RunOutcome.SUCCEEDED.count(sorted), RunOutcome.FAILED.count(sorted), RunOutcome.MISSED.count(sorted),
        DayCell.Exclusion.NONE);
  }
}
