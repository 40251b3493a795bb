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
import java.time.YearMonth;
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
 * Builds a month of the calendar on the background thread: upcoming runs from each live task's
 * preview (with its calendar), one-shot tasks at their time, and past days from the execution log.
 */
final class MonthLoader {
  static final int RUNS_PER_DAY = 50;
  /** Fire times previewed per recurring task and month (every 15 minutes fits); a busier task is cut. */
  static final int PREVIEW_PER_TASK = 3_000;
  static final int MAX_EXECUTIONS = 20_000;
  private static final int CHUNK = 100;
  private static final Set<TaskStatus> LIVE = Set.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING);

  private final TaskService service;
  private final ZoneId zone;

  MonthLoader(TaskService service, ZoneId zone) {
    this.service = service;
    this.zone = zone;
  }

  ZoneId zone() {
    return zone;
  }

  /** A loaded month, and the tasks whose runs were cut at {@link #PREVIEW_PER_TASK}. */
  record Month(List<DayCell> days, List<String> cut) {}

  Month load(YearMonth month, Instant now) {
    List<String> cut = new ArrayList<>();
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Map<LocalDate, List<DayRun>> byDay = new TreeMap<>();
    Map<UUID, String> names = new HashMap<>();
    if (end.isAfter(now)) {
      List<Task> tasks = service.list(new TaskQuery(LIVE, null, null, null, TaskQuery.MAX_LIMIT, null)).items();
      for (Task t : tasks) {
        names.put(t.id(), t.name());
        List<Instant> times = upcoming(t, start.isAfter(now) ? start : now, end);
        if (times.size() >= PREVIEW_PER_TASK) {
          cut.add(t.name());
        }
        times.forEach(at -> add(byDay, new DayRun(t.id(), t.name(), at, null)));
      }
    }
    if (start.isBefore(now)) {
      for (Execution e : executions(start, end.isBefore(now) ? end : now)) {
        String name = names.computeIfAbsent(e.taskId(), id -> service.find(id).map(Task::name).orElse("(deleted task)"));
        add(byDay, new DayRun(e.taskId(), name, e.startedAt(), e.status()));
      }
    }
    List<DayCell> cells = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      cells.add(cell(date, byDay.getOrDefault(date, List.of())));
    }
    return new Month(cells, cut);
  }

  private List<Instant> upcoming(Task t, Instant from, Instant end) {
    Schedule s = t.spec().schedule();
    if (s instanceof Schedule.Once) {
      Instant at = t.nextRun();
      return at != null && !at.isBefore(from) && at.isBefore(end) ? List.of(at) : List.of();
    }
    // previews in chunks, so a daily task costs one call and a busy one stops at the cap
    List<Instant> out = new ArrayList<>();
    Instant next = from;
    while (out.size() < PREVIEW_PER_TASK) {
      List<Instant> chunk = service.previewFireTimes(s, t.spec().calendar(), next, CHUNK);
      for (Instant at : chunk) {
        if (!at.isBefore(end) || out.size() >= PREVIEW_PER_TASK) {
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

  private static DayCell cell(LocalDate date, List<DayRun> runs) {
    List<DayRun> sorted = runs.stream().sorted(Comparator.comparing(DayRun::at)).toList();
    int ok = 0;
    int failed = 0;
    int missed = 0;
    for (DayRun r : runs) {
      if (r.status() == ExecutionStatus.SUCCESS) {
        ok++;
      } else if (r.status() == ExecutionStatus.MISSED) {
        missed++;
      } else if (r.status() != null && r.status() != ExecutionStatus.RETRIED) {
        failed++;
      }
    }
    return new DayCell(date, sorted.subList(0, Math.min(RUNS_PER_DAY, sorted.size())), runs.size(), ok, failed, missed,
        DayCell.Exclusion.NONE);
  }
}
