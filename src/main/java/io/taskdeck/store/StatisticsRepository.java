package io.taskdeck.store;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@link TaskStatistics} in SQL that H2 and PostgreSQL both run: GROUP BY on the task table and the
 * execution log, epoch buckets through {@code EXTRACT(EPOCH FROM …)}, and the p95 through {@code
 * PERCENTILE_DISC}. The log's time ranges use the indexes of V70.
 */
public final class StatisticsRepository implements TaskStatistics {
  private static final String LIVE = "('SCHEDULED', 'RUNNING', 'RETRYING')";
  private final Jdbc jdbc;
  private final TaskListing listing;

  public StatisticsRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.listing = new TaskListing(jdbc);
  }

  @Override
  public Counts counts() {
    return jdbc.inTransaction(
        c -> {
          Map<TaskStatus, Long> tasks = new EnumMap<>(TaskStatus.class);
          for (Map.Entry<TaskStatus, Long> e :
              Jdbc.query(
                  c,
                  "SELECT status, COUNT(*) AS n FROM task GROUP BY status",
                  rs -> Map.entry(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n")))) {
            tasks.put(e.getKey(), e.getValue());
          }
          long dead =
              Jdbc.query(
                      c,
                      "SELECT COUNT(*) FROM dead_letter WHERE requeued_at IS NULL",
                      rs -> rs.getLong(1))
                  .get(0);
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
    String sql =
        "SELECT slot, status, COUNT(*) AS n FROM ("
            + " SELECT "
            + slot.formatted("finished_at")
            + " AS slot, status FROM task_execution_log"
            + "   WHERE finished_at >= ? AND finished_at < ? AND status <> 'MISSED'"
            + " UNION ALL"
            + " SELECT "
            + slot.formatted("scheduled_for")
            + " AS slot, status FROM task_execution_log"
            + "   WHERE status = 'MISSED' AND scheduled_for >= ? AND scheduled_for < ?"
            + ") ended GROUP BY slot, status";
    Map<ExecutionStatus, Long> totals = new EnumMap<>(ExecutionStatus.class);
    TreeMap<Instant, Map<ExecutionStatus, Long>> buckets = new TreeMap<>();
    jdbc.query(
        sql,
        rs -> {
          Instant start = Instant.ofEpochSecond(rs.getLong("slot") * seconds);
          ExecutionStatus status = ExecutionStatus.valueOf(rs.getString("status"));
          long n = rs.getLong("n");
          totals.merge(status, n, Long::sum);
          buckets.computeIfAbsent(start, x -> new HashMap<>()).merge(status, n, Long::sum);
          return null;
        },
        from,
        to,
        from,
        to);
    return new Histogram(Map.copyOf(totals), buckets);
  }

  @Override
  public Upcoming upcoming(Instant from, Instant to, Duration bucket, int listed) {
    long seconds = bucket.toSeconds();
    if (seconds < 1) {
      throw new ValidationException("bucket", "a bucket must be at least 1 second");
    }
    TreeMap<Instant, Long> once = new TreeMap<>();
    jdbc.query(
        "SELECT CAST(FLOOR(EXTRACT(EPOCH FROM execution_time) / "
            + seconds
            + ") AS BIGINT) AS slot,"
            + " COUNT(*) AS n FROM task WHERE status IN "
            + LIVE
            + " AND schedule_kind = 'once'"
            + " AND execution_time >= ? AND execution_time < ? GROUP BY slot",
        rs -> {
          once.put(Instant.ofEpochSecond(rs.getLong("slot") * seconds), rs.getLong("n"));
          return null;
        },
        from,
        to);
    List<Due> named =
        jdbc.query(
            "SELECT task_id, task_name, execution_time FROM task WHERE status IN "
                + LIVE
                + " AND schedule_kind = 'once' AND execution_time >= ? AND execution_time < ? ORDER BY execution_time"
                + " LIMIT "
                + Math.max(0, listed),
            rs ->
                new Due(
                    rs.getObject("task_id", UUID.class),
                    rs.getString("task_name"),
                    Jdbc.instant(rs, "execution_time")),
            from,
            to);
    // an interval's phase is its next run; a cron's is its expression and zone
    String anchor = "CASE WHEN schedule_kind = 'interval' THEN execution_time END";
    List<RecurringGroup> groups =
        jdbc.query(
            "SELECT schedule_kind, cron_expression, time_zone, interval_ms, "
                + anchor
                + " AS anchor, end_at, calendar_name, COUNT(*) AS n,"
                + " MIN(CAST(task_id AS VARCHAR(36)) || '|' || task_name) AS sample"
                + " FROM task WHERE status IN "
                + LIVE
                + " AND schedule_kind <> 'once'"
                + " AND (end_at IS NULL OR end_at >= ?) GROUP BY schedule_kind, cron_expression, time_zone, interval_ms, "
                + anchor
                + ", end_at, calendar_name",
            rs -> {
              Schedule schedule =
                  "cron".equals(rs.getString("schedule_kind"))
                      ? new Schedule.Cron(
                          rs.getString("cron_expression"), ZoneId.of(rs.getString("time_zone")))
                      : new Schedule.Interval(
                          Duration.ofMillis(rs.getLong("interval_ms")),
                          Jdbc.instant(rs, "anchor"),
                          Jdbc.instant(rs, "end_at"),
                          null);
              String[] sample = rs.getString("sample").split("\\|", 2);
              return new RecurringGroup(
                  schedule,
                  rs.getString("calendar_name"),
                  rs.getLong("n"),
                  UUID.fromString(sample[0]),
                  sample[1]);
            },
            from);
    return new Upcoming(once, named, groups);
  }

  @Override
  public StartDelays startDelays(Instant from, Instant to) {
    return jdbc.queryOne(
            "SELECT COUNT(*) AS n, PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY"
                + " EXTRACT(EPOCH FROM started_at) - EXTRACT(EPOCH FROM scheduled_for)) AS p95"
                + " FROM task_execution_log WHERE started_at >= ? AND started_at < ? AND scheduled_for IS NOT NULL",
            rs -> {
              long n = rs.getLong("n");
              double p95 = rs.getDouble("p95");
              return new StartDelays(
                  n, n == 0 ? null : Duration.ofMillis(Math.max(0, Math.round(p95 * 1000))));
            },
            from,
            to)
        .orElse(new StartDelays(0, null));
  }
}
