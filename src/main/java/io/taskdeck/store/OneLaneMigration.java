package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves the data of releases before the one lane into it (Flyway V41, on H2 and PostgreSQL alike):
 * every live task gets its pending attempt in {@code task_queue}, with the due time its old lane
 * had, so that no task runs early, twice or not at all because of the move.
 *
 * <ul>
 *   <li>A one-shot task waited in the {@code task} table itself (dispatch_part, due_at,
 *       next_attempt): its attempt moves over as it was; a paused one waits held.
 *   <li>A recurring task had Quartz triggers of its own (group {@code tasks}): its next occurrence
 *       is its main trigger's next fire time; a pending retry trigger (attempt n) or run-now
 *       trigger takes precedence, the run-now giving the occurrence back afterwards. An interval
 *       without start_at is anchored at its trigger's start time, which keeps its phase.
 *   <li>A task left RUNNING by a crash runs its attempt again now; its RUNNING rows become
 *       INTERRUPTED.
 * </ul>
 *
 * Then the per-task Quartz jobs and triggers and the old columns go.
 */
public final class OneLaneMigration {
  private static final int PARTITIONS = 8;
  private static final String ACTIVE = "('SCHEDULED', 'RETRYING', 'PAUSED', 'RUNNING')";

  private OneLaneMigration() {}

  private record Trigger(String name, Long next, Long prev, long start) {}

  private record Row(UUID id, String status, Integer part, Attempt attempt, int priority) {}

  public static void migrate(Connection c) throws SQLException {
    Instant now = Jdbc.databaseNow(c);
    List<Row> rows = new java.util.ArrayList<>();
    rows.addAll(dispatched(c, now));
    rows.addAll(recurring(c, now));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO task_queue (task_id, part, due_at, occurrence, attempt, kind, resume_occurrence, resume_due,"
                + " priority, schedule_rev, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)")) {
      for (Row r : rows) {
        Object[] a = QueueRows.attempt(r.attempt());
        Jdbc.bind(ps, r.id(), r.part(), a[0], a[1], a[2], a[3], a[4], a[5], r.priority());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    for (Row r : rows) {
      if ("RUNNING".equals(r.status())) {
        Jdbc.update(
            c,
            "UPDATE task SET status = ?, execution_time = ? WHERE task_id = ?",
            r.attempt().waitingStatus().name(),
            r.attempt().due(),
            r.id());
        Jdbc.update(
            c,
            "UPDATE task_execution_log SET status = 'INTERRUPTED', finished_at = ?,"
                + " error = 'interrupted: the node stopped while the attempt ran (found at the upgrade)'"
                + " WHERE task_id = ? AND status = 'RUNNING'",
            now,
            r.id());
      } else {
        Jdbc.update(
            c, "UPDATE task SET execution_time = ? WHERE task_id = ?", r.attempt().due(), r.id());
      }
    }
    Jdbc.update(
        c,
        "UPDATE task SET anchor_at = start_at WHERE schedule_kind = 'interval' AND start_at IS NOT NULL");
    dropLegacy(c);
  }

  private static List<Row> dispatched(Connection c, Instant now) throws SQLException {
    return Jdbc.query(
        c,
        "SELECT task_id, status, dispatch_part, due_at, execution_time, next_attempt, priority FROM task"
            + " WHERE dispatch_part IS NOT NULL AND status IN "
            + ACTIVE,
        rs -> {
          String status = rs.getString("status");
          Instant due = first(Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "execution_time"), now);
          int attempt = rs.getInt("next_attempt");
          if ("RUNNING".equals(status)) {
            due = now;
          }
          Attempt a = new Attempt(due, due, attempt, Attempt.Kind.SCHEDULED, null);
          Integer part = "PAUSED".equals(status) ? null : rs.getInt("dispatch_part");
          return new Row(
              rs.getObject("task_id", UUID.class), status, part, a, rs.getInt("priority"));
        });
  }

  private static List<Row> recurring(Connection c, Instant now) throws SQLException {
    Map<String, List<Trigger>> byJob = new HashMap<>();
    Jdbc.query(
            c,
            "SELECT JOB_NAME, TRIGGER_NAME, NEXT_FIRE_TIME, PREV_FIRE_TIME, START_TIME FROM QRTZ_TRIGGERS"
                + " WHERE JOB_GROUP = 'tasks'",
            rs ->
                Map.entry(
                    rs.getString(1),
                    new Trigger(
                        rs.getString(2),
                        positive(Jdbc.nullableLong(rs, "NEXT_FIRE_TIME")),
                        positive(Jdbc.nullableLong(rs, "PREV_FIRE_TIME")),
                        rs.getLong("START_TIME"))))
        .forEach(
            e ->
                byJob
                    .computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                    .add(e.getValue()));
    List<Row> out = new java.util.ArrayList<>();
    List<Object[]> tasks =
        Jdbc.query(
            c,
            "SELECT task_id, status, revision, priority, schedule_kind, start_at FROM task"
                + " WHERE dispatch_part IS NULL AND status IN "
                + ACTIVE,
            rs ->
                new Object[] {
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getInt(4),
                  rs.getString(5),
                  Jdbc.instant(rs, "start_at")
                });
    for (Object[] t : tasks) {
      UUID id = (UUID) t[0];
      String status = (String) t[1];
      List<Trigger> triggers = byJob.getOrDefault(id.toString(), List.of());
      Trigger main =
          triggers.stream()
              .filter(x -> x.name().equals(id + "/r" + t[2]))
              .findFirst()
              .orElse(
                  triggers.stream()
                      .filter(x -> x.name().contains("/r") && !x.name().contains("/retry/"))
                      .findFirst()
                      .orElse(null));
      if (main != null && "interval".equals(t[4]) && t[5] == null) {
        Jdbc.update(
            c,
            "UPDATE task SET anchor_at = ? WHERE task_id = ?",
            Instant.ofEpochMilli(main.start()),
            id);
      }
      Attempt a = pending(c, id, status, main, triggers, now);
      if (a != null) {
        Integer part =
            "PAUSED".equals(status)
                ? null
                : (int)
                    Math.floorMod(Math.floorDiv(a.due().toEpochMilli(), 100), (long) PARTITIONS);
        out.add(new Row(id, status, part, a, (Integer) t[3]));
      }
    }
    return out;
  }

  /**
   * The pending attempt of a recurring task from its old triggers, or null when it had none
   * (reconciliation gives it one).
   */
  private static Attempt pending(
      Connection c, UUID id, String status, Trigger main, List<Trigger> triggers, Instant now)
      throws SQLException {
    Attempt scheduled =
        main == null || main.next() == null
            ? null
            : Attempt.scheduled(Instant.ofEpochMilli(main.next()));
    if ("RUNNING".equals(status)) {
      List<Attempt> running =
          Jdbc.query(
              c,
              "SELECT attempt, scheduled_for FROM task_execution_log WHERE task_id = ? AND status = 'RUNNING'"
                  + " ORDER BY log_id DESC",
              rs -> {
                Instant occ = first(Jdbc.instant(rs, "scheduled_for"), now, now);
                return new Attempt(occ, now, rs.getInt("attempt"), Attempt.Kind.SCHEDULED, null);
              },
              id);
      if (!running.isEmpty()) {
        return running.get(0);
      }
    }
    for (Trigger x : triggers) {
      if (x.name().contains("/now/") && x.next() != null) {
        Instant at = Instant.ofEpochMilli(x.next());
        return Attempt.extra(Attempt.Kind.RUN_NOW, at, scheduled);
      }
    }
    for (Trigger x : triggers) {
      int at = x.name().indexOf("/retry/");
      if (at >= 0 && x.next() != null) {
        String rest = x.name().substring(at + "/retry/".length());
        int n = Integer.parseInt(rest.substring(0, rest.indexOf('/')));
        Instant due = Instant.ofEpochMilli(x.next());
        Instant occ = main != null && main.prev() != null ? Instant.ofEpochMilli(main.prev()) : due;
        return new Attempt(occ, due, n, Attempt.Kind.SCHEDULED, null);
      }
    }
    return scheduled;
  }

  private static void dropLegacy(Connection c) throws SQLException {
    for (String table :
        new String[] {
          "QRTZ_SIMPLE_TRIGGERS",
          "QRTZ_CRON_TRIGGERS",
          "QRTZ_SIMPROP_TRIGGERS",
          "QRTZ_BLOB_TRIGGERS"
        }) {
      Jdbc.update(c, "DELETE FROM " + table + " WHERE TRIGGER_GROUP = 'tasks'");
    }
    Jdbc.update(c, "DELETE FROM QRTZ_FIRED_TRIGGERS WHERE JOB_GROUP = 'tasks'");
    Jdbc.update(c, "DELETE FROM QRTZ_TRIGGERS WHERE JOB_GROUP = 'tasks'");
    Jdbc.update(c, "DELETE FROM QRTZ_PAUSED_TRIGGER_GRPS WHERE TRIGGER_GROUP = 'tasks'");
    Jdbc.update(c, "DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'tasks'");
    Jdbc.update(c, "DROP INDEX idx_task_dispatch");
    for (String column : new String[] {"dispatch_part", "due_at", "claim_node", "next_attempt"}) {
      Jdbc.update(c, "ALTER TABLE task DROP COLUMN " + column);
    }
  }

  private static Long positive(Long v) {
    return v == null || v <= 0 ? null : v;
  }

  private static Instant first(Instant a, Instant b, Instant c) {
    return a != null ? a : b != null ? b : c;
  }
}
