package io.taskdeck.ui.testing;

import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link TaskStatistics} over the rows of the test doubles, with the rules of StatisticsRepository.
 */
public final class FakeStatistics implements TaskStatistics {
  private final FakeTaskService tasks;
  private final DeadLetterService deadLetters;

  public FakeStatistics(FakeTaskService tasks, DeadLetterService deadLetters) {
    this.tasks = tasks;
    this.deadLetters = deadLetters;
  }

  @Override
  public Counts counts() {
    long dead = 0;
    String cursor = null;
    do {
      var page = deadLetters.deadLetters(TaskQuery.MAX_LIMIT, cursor);
      dead += page.items().size();
      cursor = page.nextCursor();
    } while (cursor != null);
    return new Counts(tasks.countByStatus(), dead);
  }

  @Override
  public long countTasks(TaskQuery query) {
    return tasks.count(query);
  }

  private List<Execution> all() {
    List<Execution> rows = new ArrayList<>();
    ExecutionQuery q = ExecutionQuery.all().withLimit(TaskQuery.MAX_LIMIT);
    Page<Execution> page;
    do {
      page = tasks.executions(q);
      rows.addAll(page.items());
      q = q.withCursor(page.nextCursor());
    } while (page.hasMore());
    return rows;
  }

  @Override
  public Histogram executions(Instant from, Instant to, Duration bucket) {
    Map<ExecutionStatus, Long> totals = new EnumMap<>(ExecutionStatus.class);
    TreeMap<Instant, Map<ExecutionStatus, Long>> buckets = new TreeMap<>();
    long s = bucket.toSeconds();
    for (Execution e : all()) {
      Instant at = e.status() == ExecutionStatus.MISSED ? e.scheduledFor() : e.finishedAt();
      if (e.status() == ExecutionStatus.RUNNING
          || at == null
          || at.isBefore(from)
          || !at.isBefore(to)) {
        continue;
      }
      totals.merge(e.status(), 1L, Long::sum);
      Instant start = Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), s) * s);
      buckets.computeIfAbsent(start, x -> new HashMap<>()).merge(e.status(), 1L, Long::sum);
    }
    return new Histogram(Map.copyOf(totals), buckets);
  }

  @Override
  public Upcoming upcoming(Instant from, Instant to, Duration bucket, int listed) {
    TreeMap<Instant, Long> once = new TreeMap<>();
    List<Due> due = new ArrayList<>();
    Map<List<Object>, List<Task>> groups = new java.util.LinkedHashMap<>();
    long s = bucket.toSeconds();
    TaskQuery q =
        new TaskQuery(
            java.util.Set.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING),
            null,
            null,
            null,
            TaskQuery.MAX_LIMIT,
            null);
    Page<Task> page;
    do {
      page = tasks.list(q);
      for (Task t : page.items()) {
        Schedule sched = t.spec().schedule();
        if (sched instanceof Schedule.Once) {
          if (t.nextRun() != null && !t.nextRun().isBefore(from) && t.nextRun().isBefore(to)) {
            once.merge(
                Instant.ofEpochSecond(Math.floorDiv(t.nextRun().getEpochSecond(), s) * s),
                1L,
                Long::sum);
            due.add(new Due(t.id(), t.name(), t.nextRun()));
          }
        } else {
          Schedule key =
              sched instanceof Schedule.Interval i
                  ? new Schedule.Interval(i.every(), t.nextRun(), i.endAt(), null)
                  : sched;
          groups
              .computeIfAbsent(
                  java.util.Arrays.asList(key, t.spec().calendar()), k -> new ArrayList<>())
              .add(t);
        }
      }
      q = q.withCursor(page.nextCursor());
    } while (page.hasMore());
    List<RecurringGroup> recurring = new ArrayList<>();
    groups.forEach(
        (k, ts) -> {
          Task first =
              ts.stream().min(java.util.Comparator.comparing(t -> t.id().toString())).orElseThrow();
          recurring.add(
              new RecurringGroup(
                  (Schedule) k.get(0), (String) k.get(1), ts.size(), first.id(), first.name()));
        });
    due.sort(java.util.Comparator.comparing(Due::at));
    return new Upcoming(once, due.subList(0, Math.min(listed, due.size())), recurring);
  }

  @Override
  public StartDelays startDelays(Instant from, Instant to) {
    List<Long> delays = new ArrayList<>();
    for (Execution e : all()) {
      if (e.startedAt() != null
          && e.scheduledFor() != null
          && !e.startedAt().isBefore(from)
          && e.startedAt().isBefore(to)) {
        delays.add(Duration.between(e.scheduledFor(), e.startedAt()).toMillis());
      }
    }
    if (delays.isEmpty()) {
      return new StartDelays(0, null);
    }
    delays.sort(null);
    int rank = (int) Math.ceil(0.95 * delays.size());
    return new StartDelays(
        delays.size(), Duration.ofMillis(Math.max(0, delays.get(Math.max(0, rank - 1)))));
  }
}
