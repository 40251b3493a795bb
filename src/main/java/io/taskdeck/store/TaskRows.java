package io.taskdeck.store;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Maps {@code task} rows to and from domain records. */
final class TaskRows {
  /** The spec columns, in the order of {@link #specParams}. */
  static final String SPEC_COLUMNS =
      "task_name, task_group, description, task_type, payload, schedule_kind, run_at, interval_ms,"
          + " start_at, end_at, repeat_count, cron_expression, time_zone, priority,"
          + " retry_max_attempts, retry_initial_ms, retry_multiplier, retry_max_delay_ms,"
          + " retry_jitter, misfire, calendar_name, timeout_ms";

  static final String ALL_COLUMNS =
      "task_id, "
          + SPEC_COLUMNS
          + ", status, execution_time, retry_count, last_outcome, revision, created_at, updated_at,"
          + " schedule_rev, anchor_at";

  private final PayloadCodec payloads = new PayloadCodec();

  /** The values of {@link #SPEC_COLUMNS} for {@code spec}. */
  List<Object> specParams(TaskSpec spec) {
    Object[] schedule = scheduleParams(spec.schedule());
    RetryPolicy r = spec.retry();
    List<Object> p = new ArrayList<>();
    p.addAll(Arrays.asList(spec.name(), spec.group(), spec.description(), spec.type().name()));
    p.add(payloads.write(spec.payload()));
    p.addAll(Arrays.asList(schedule));
    p.addAll(
        Arrays.asList(
            spec.priority(),
            r.maxAttempts(),
            r.initialDelay().toMillis(),
            r.multiplier(),
            r.maxDelay().toMillis(),
            r.jitter(),
            spec.misfire().name(),
            spec.calendar(),
            spec.timeout().toMillis()));
    return p;
  }

  private static Object[] scheduleParams(Schedule schedule) {
    if (schedule instanceof Schedule.Interval i) {
      return new Object[] {
        "interval", null, i.every().toMillis(), i.startAt(), i.endAt(), i.repeat(), null, null
      };
    }
    if (schedule instanceof Schedule.Cron c) {
      return new Object[] {"cron", null, null, null, null, null, c.expression(), c.zone().getId()};
    }
    Schedule.Once o = (Schedule.Once) schedule;
    return new Object[] {"once", o.at(), null, null, null, null, null, null};
  }

  StoredTask map(ResultSet rs) throws SQLException {
    TaskType type = TaskType.valueOf(rs.getString("task_type"));
    TaskSpec spec =
        TaskSpec.builder()
            .name(rs.getString("task_name"))
            .group(rs.getString("task_group"))
            .description(rs.getString("description"))
            .payload(payloads.read(type, rs.getString("payload")))
            .schedule(schedule(rs))
            .priority(rs.getInt("priority"))
            .retry(retry(rs))
            .misfire(MisfirePolicy.valueOf(rs.getString("misfire")))
            .calendar(rs.getString("calendar_name"))
            .timeout(Duration.ofMillis(rs.getLong("timeout_ms")))
            .build();
    String outcome = rs.getString("last_outcome");
    Task task =
        new Task(
            rs.getObject("task_id", UUID.class),
            spec,
            TaskStatus.valueOf(rs.getString("status")),
            Jdbc.instant(rs, "execution_time"),
            outcome == null ? null : ExecutionStatus.valueOf(outcome),
            rs.getInt("retry_count"),
            Jdbc.instant(rs, "created_at"),
            Jdbc.instant(rs, "updated_at"),
            rs.getLong("revision"));
    return new StoredTask(
        task, task.revision(), rs.getLong("schedule_rev"), Jdbc.instant(rs, "anchor_at"));
  }

  private static Schedule schedule(ResultSet rs) throws SQLException {
    String kind = rs.getString("schedule_kind");
    if ("interval".equals(kind)) {
      return new Schedule.Interval(
          Duration.ofMillis(rs.getLong("interval_ms")),
          Jdbc.instant(rs, "start_at"),
          Jdbc.instant(rs, "end_at"),
          Jdbc.nullableInt(rs, "repeat_count"));
    }
    if ("cron".equals(kind)) {
      return new Schedule.Cron(
          rs.getString("cron_expression"), ZoneId.of(rs.getString("time_zone")));
    }
    Instant at = Jdbc.instant(rs, "run_at");
    return new Schedule.Once(at);
  }

  private static RetryPolicy retry(ResultSet rs) throws SQLException {
    return new RetryPolicy(
        rs.getInt("retry_max_attempts"),
        Duration.ofMillis(rs.getLong("retry_initial_ms")),
        rs.getDouble("retry_multiplier"),
        Duration.ofMillis(rs.getLong("retry_max_delay_ms")),
        rs.getDouble("retry_jitter"));
  }
}
