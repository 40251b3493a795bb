package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** Maps {@code task_queue} rows. */
final class QueueRows {
  static final String COLUMNS =
      "q.task_id, q.part, q.due_at, q.priority, q.occurrence, q.attempt, q.kind, q.resume_occurrence,"
          + " q.resume_due, q.schedule_rev, q.version, q.claim_node, q.claim_inc, q.log_id";

  private QueueRows() {}

  static QueueEntry map(ResultSet rs) throws SQLException {
    Instant resumeOcc = Jdbc.instant(rs, "resume_occurrence");
    Attempt resume =
        resumeOcc == null
            ? null
            : new Attempt(
                resumeOcc, Jdbc.instant(rs, "resume_due"), 1, Attempt.Kind.SCHEDULED, null);
    Attempt attempt =
        new Attempt(
            Jdbc.instant(rs, "occurrence"),
            Jdbc.instant(rs, "due_at"),
            rs.getInt("attempt"),
            Attempt.Kind.valueOf(rs.getString("kind")),
            resume);
    return new QueueEntry(
        rs.getObject("task_id", UUID.class),
        Jdbc.nullableInt(rs, "part"),
        attempt,
        rs.getInt("priority"),
        rs.getLong("schedule_rev"),
        rs.getLong("version"),
        rs.getString("claim_node"),
        Jdbc.nullableLong(rs, "claim_inc"),
        Jdbc.nullableLong(rs, "log_id"));
  }

  /**
   * The values of the attempt's columns: due_at, occurrence, attempt, kind, resume_occurrence,
   * resume_due.
   */
  static Object[] attempt(Attempt a) {
    Attempt r = a.resume();
    return new Object[] {
      a.due(),
      a.occurrence(),
      a.number(),
      a.kind().name(),
      r == null ? null : r.occurrence(),
      r == null ? null : r.due()
    };
  }
}
