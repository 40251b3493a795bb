package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Read-only figures over all tasks and all runs, aggregated by the database: nothing is sampled,
 * paged or capped. The GUI's counts, charts and calendar cells come from here, one query each, so
 * the views that show the same figure agree. Methods throw {@link StoreUnavailableException} when
 * the database cannot be reached.
 */
public interface TaskStatistics {

  /** Tasks by status (every status present) and the dead letters not requeued, read together. */
  Counts counts();

  /**
   * How many tasks the filters of {@code query} match, across all its pages (its paging ignored).
   */
  long countTasks(TaskQuery query);

  /**
   * Attempts that ended in {@code [from, to)} (finished, or missed at their due time), by status:
   * in total, and per bucket of {@code bucket} (buckets start at multiples of it from the epoch; a
   * bucket without attempts is absent). Running attempts are not counted.
   */
  Histogram executions(Instant from, Instant to, Duration bucket);

  /**
   * How late attempts started in {@code [from, to)} began: their number and the nearest-rank p95.
   */
  StartDelays startDelays(Instant from, Instant to);

  /**
   * What the live tasks (scheduled, running, retrying) will run in {@code [from, to)}: one-shot
   * tasks counted per bucket of their next run; recurring tasks grouped by the same schedule and
   * calendar (an interval by its next run too, its phase), each group with its size, so a caller
   * projects each group's occurrences once (with the engine's preview) for all of its tasks. The
   * first {@code listed} one-time tasks (by next run) come with their names.
   */
  Upcoming upcoming(Instant from, Instant to, Duration bucket, int listed);

  /** Upcoming runs of the live tasks. */
  record Upcoming(
      SortedMap<Instant, Long> oneShotPerBucket,
      java.util.List<Due> oneShots,
      java.util.List<RecurringGroup> recurring) {
    public long oneShotTotal() {
      return oneShotPerBucket.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A one-time task's next run. */
  record Due(java.util.UUID taskId, String name, Instant at) {}

  /**
   * Recurring tasks that run at the same times.
   *
   * @param schedule the shared schedule; an interval starts at the group's next run
   * @param tasks how many tasks share it
   * @param sampleId one of them (the first by id), to name the group
   */
  record RecurringGroup(
      Schedule schedule, String calendar, long tasks, java.util.UUID sampleId, String sampleName) {}

  /** Task counts by status and open dead letters. */
  record Counts(Map<TaskStatus, Long> tasks, long deadLetters) {
    public Counts {
      Map<TaskStatus, Long> all = new EnumMap<>(TaskStatus.class);
      for (TaskStatus s : TaskStatus.values()) {
        all.put(s, tasks.getOrDefault(s, 0L));
      }
      tasks = Map.copyOf(all);
    }

    public long of(TaskStatus status) {
      return tasks.get(status);
    }

    public long total() {
      return tasks.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Attempts by status, in total and per bucket start. */
  record Histogram(
      Map<ExecutionStatus, Long> totals, SortedMap<Instant, Map<ExecutionStatus, Long>> buckets) {
    public long total(ExecutionStatus status) {
      return totals.getOrDefault(status, 0L);
    }
  }

  /**
   * @param p95 null when no attempt started in the range
   */
  record StartDelays(long started, Duration p95) {}
}
