package io.taskdeck.store;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link TaskStatistics} in SQL that H2 and PostgreSQL both run: GROUP BY on the task table and the
 * execution log, epoch buckets through {@code EXTRACT(EPOCH FROM …)}, and the p95 through {@code
 * PERCENTILE_DISC}. The log's time ranges use the indexes of V70.
 */
public final class StatisticsRepository implements TaskStatistics {
  private final Jdbc jdbc;
  private final TaskListing listing;

  public StatisticsRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.listing = new TaskListing(jdbc);
  }

  @Override
  public Counts counts() {
    return jdbc.inTransaction(c -> {
      Map<TaskStatus, Long> tasks = new EnumMap<>(TaskStatus.class);
      for (Map.Entry<TaskStatus, Long> e : Jdbc.query(c, "SELECT status, COUNT(*) AS n FROM task GROUP BY status",
          rs -> Map.entry(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n")))) {
        tasks.put(e.getKey(), e.getValue());
      }
      long dead = Jdbc.query(c, "SELECT COUNT(*) FROM dead_letter WHERE requeued_at IS NULL", rs -> rs.getLong(1)).get(0);
      return new Counts(tasks, dead);
    });
  }

  @Override
  public long countTasks(TaskQuery query) {
    return listing.count(query);
  }

  @Override
  public Histogram executions(Instant from, Instant to, Duration bucket) {
    long seconds = bucket.toSeconds();
    if (seconds < 1) {
      throw new ValidationException("bucket", "a bucket must be at least 1 second");
    }
    String slot = "CAST(FLOOR(EXTRACT(EPOCH FROM %s) / " + seconds + ") AS BIGINT)";
    String sql = "SELECT slot, status, COUNT(*) AS n FROM ("
        + " SELECT " + slot.formatted("finished_at") + " AS slot, status FROM task_execution_log"
        + "   WHERE finished_at >= ? AND finished_at < ? AND status <> 'MISSED'"
        + " UNION ALL"
        + " SELECT " + slot.formatted("scheduled_for") + " AS slot, status FROM task_execution_log"
        + "   WHERE status = 'MISSED' AND scheduled_for >= ? AND scheduled_for < ?"
        + ") ended GROUP BY slot, status";
    Map<ExecutionStatus, Long> totals = new EnumMap<>(ExecutionStatus.class);
    TreeMap<Instant, Map<ExecutionStatus, Long>> buckets = new TreeMap<>();
    jdbc.query(sql, rs -> {
      Instant start = Instant.ofEpochSecond(rs.getLong("slot") * seconds);
      ExecutionStatus status = ExecutionStatus.valueOf(rs.getString("status"));
      long n = rs.getLong("n");
      totals.merge(status, n, Long::sum);
      buckets.computeIfAbsent(start, x -> new HashMap<>()).merge(status, n, Long::sum);
      return null;
    }, from, to, from, to);
    return new Histogram(Map.copyOf(totals), buckets);
  }

  @Override
  public StartDelays startDelays(Instant from, Instant to) {
    return jdbc.queryOne("SELECT COUNT(*) AS n, PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY"
            + " EXTRACT(EPOCH FROM started_at) - EXTRACT(EPOCH FROM scheduled_for)) AS p95"
            + " FROM task_execution_log WHERE started_at >= ? AND started_at < ? AND scheduled_for IS NOT NULL",
        rs -> {
          long n = rs.getLong("n");
          double p95 = rs.getDouble("p95");
          return new StartDelays(n, n == 0 ? null : Duration.ofMillis(Math.max(0, Math.round(p95 * 1000))));
        }, from, to).orElse(new StartDelays(0, null));
  }
}
