package io.taskdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an execution log says about a set of tasks that were each meant to run exactly once.
 *
 * @param expected how many tasks were created
 * @param executed how many of them ran at least once
 * @param duplicates extra executions: a task run three times counts 2
 * @param duplicatedTasks how many distinct tasks ran more than once
 * @param lost tasks that never ran
 * @param unexpected executions of task ids that were not created by this run
 * @param delays start minus due of the first execution of each executed task
 * @param firstStart the earliest start, or null when nothing ran
 * @param lastFinish the latest finish (or start, for an attempt that never finished), or null
 * @param perNode executions of the created tasks by node id, in node id order
 */
public record ExecutionAnalysis(
    long expected,
    long executed,
    long duplicates,
    long duplicatedTasks,
    long lost,
    long unexpected,
    DelayStats delays,
    Instant firstStart,
    Instant lastFinish,
    Map<String, Long> perNode) {

  public ExecutionAnalysis {
    perNode = Collections.unmodifiableMap(new TreeMap<>(perNode));
  }

  /** Analyses {@code records} against the task ids that were created. */
  public static ExecutionAnalysis of(
      Collection<String> expectedIds, List<ExecutionRecord> records) {
    Map<String, ExecutionRecord> first = new HashMap<>(expectedIds.size() * 2);
    Map<String, Integer> runs = new HashMap<>(expectedIds.size() * 2);
    for (String id : expectedIds) {
      runs.put(id, 0);
    }
    long unexpected = 0;
    Instant firstStart = null;
    Instant lastFinish = null;
    Map<String, Long> perNode = new HashMap<>();
    for (ExecutionRecord r : records) {
      Integer n = runs.get(r.taskId());
      if (n == null) {
        unexpected++;
        continue;
      }
      runs.put(r.taskId(), n + 1);
      perNode.merge(String.valueOf(r.nodeId()), 1L, Long::sum);
      first.merge(r.taskId(), r, ExecutionAnalysis::earlier);
      firstStart = min(firstStart, r.startedAt());
      lastFinish = max(lastFinish, r.finishedAt() != null ? r.finishedAt() : r.startedAt());
    }
    long duplicates = 0;
    long duplicatedTasks = 0;
    long lost = 0;
    for (int n : runs.values()) {
      if (n == 0) {
        lost++;
      } else if (n > 1) {
        duplicates += n - 1;
        duplicatedTasks++;
      }
    }
    long[] delays = first.values().stream().mapToLong(ExecutionRecord::startDelayMillis).toArray();
    return new ExecutionAnalysis(
        runs.size(),
        first.size(),
        duplicates,
        duplicatedTasks,
        lost,
        unexpected,
        DelayStats.of(delays),
        firstStart,
        lastFinish,
        perNode);
  }

  /** From the first start to the last finish; zero when nothing ran. */
  public Duration span() {
    if (firstStart == null || lastFinish == null) {
      return Duration.ZERO;
    }
    return Duration.between(firstStart, lastFinish);
  }

  /** Executions per second over {@link #span()} (distinct tasks); 0 when the span is empty. */
  public double executionsPerSecond() {
    double seconds = span().toNanos() / 1e9;
    return seconds <= 0 ? 0 : executed / seconds;
  }

  private static ExecutionRecord earlier(ExecutionRecord a, ExecutionRecord b) {
    if (a.startedAt() == null) {
      return b;
    }
    if (b.startedAt() == null) {
      return a;
    }
    return b.startedAt().isBefore(a.startedAt()) ? b : a;
  }

  private static Instant min(Instant current, Instant candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.isBefore(current) ? candidate : current;
  }

  private static Instant max(Instant current, Instant candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.isAfter(current) ? candidate : current;
  }
}
