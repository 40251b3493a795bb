package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import io.taskdeck.core.TaskStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The set-based look of a reconciliation at the lane's tables, cheap at 500,000 tasks (each finding
 * is then repaired in a short transaction of its own, re-checked under the task's lock):
 *
 * <ul>
 *   <li>a RUNNING task whose attempt is not started in the queue (a start whose commit was lost to
 *       an outage, or a row damaged by hand) goes back to the queue;
 *   <li>a live task (SCHEDULED, RETRYING, PAUSED) without a pending attempt gets one;
 *   <li>a pending attempt whose task is gone or finished is deleted, and one held or not held
 *       against its task's pause is put right;
 *   <li>execution rows left RUNNING by nodes with no live incarnation, and not the attempt of a
 *       live claim, are INTERRUPTED.
 * </ul>
 */
public final class LaneRepairs {
  private final Jdbc jdbc;
  private final TaskRepository tasks;
  private final QueueRepository queue;

  public LaneRepairs(Jdbc jdbc, TaskRepository tasks, QueueRepository queue) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.queue = queue;
  }

  /** RUNNING tasks whose attempt is not started in the queue. */
  public List<UUID> runningWithoutAttempt() {
    return jdbc.query(
        "SELECT t.task_id FROM task t WHERE t.status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM task_queue q"
            + " WHERE q.task_id = t.task_id AND q.log_id IS NOT NULL)",
        rs -> rs.getObject(1, UUID.class));
  }

  /** Live tasks with no queue row at all. */
  public List<UUID> liveWithoutAttempt() {
    return jdbc.query(
        "SELECT t.task_id FROM task t WHERE t.status IN ('SCHEDULED', 'RETRYING', 'PAUSED')"
            + " AND NOT EXISTS (SELECT 1 FROM task_queue q WHERE q.task_id = t.task_id)",
        rs -> rs.getObject(1, UUID.class));
  }

  /** Unstarted queue rows whose task is gone or finished, or held against the task's pause. */
  public List<UUID> mismatchedAttempts() {
    return jdbc.query(
        "SELECT q.task_id FROM task_queue q LEFT JOIN task t ON t.task_id = q.task_id WHERE q.log_id IS NULL"
            + " AND (t.task_id IS NULL OR t.status IN ('CANCELLED', 'COMPLETED', 'FAILED', 'RUNNING')"
            + " OR (q.part IS NULL AND t.status <> 'PAUSED') OR (q.part IS NOT NULL AND t.status = 'PAUSED'))",
        rs -> rs.getObject(1, UUID.class));
  }

  /**
   * Repairs one task's pending attempt under its lock: {@code fix} gets the task (empty when gone)
   * and its queue row, and answers what the attempt should be; true when it changed something.
   */
  public boolean repair(UUID id, Function<Found, Fix> fix, Instant now) {
    return jdbc.inTransaction(
        c -> {
          Optional<StoredTask> st = tasks.lock(c, id);
          Optional<QueueEntry> row = queue.lock(c, id);
          Fix f = fix.apply(new Found(st, row));
          return apply(c, id, f, row, now);
        });
  }

  private boolean apply(Connection c, UUID id, Fix f, Optional<QueueEntry> row, Instant now)
      throws SQLException {
    switch (f.action()) {
      case NONE -> {
        return false;
      }
      case DELETE -> queue.delete(c, id);
      case PUT -> {
        queue.put(c, id, f.part(), f.attempt(), f.priority(), f.scheduleRev());
        if (f.status() != null) {
          Jdbc.update(
              c,
              "UPDATE task SET status = ?, execution_time = ?, updated_at = ?, revision = revision + 1"
                  + " WHERE task_id = ?",
              f.status().name(),
              f.attempt().due(),
              now,
              id);
        }
      }
      default -> throw new IllegalStateException("unknown repair " + f.action());
    }
    row.filter(QueueEntry::started)
        .ifPresent(
            r -> {
              try {
                ExecutionWrites.interrupt(
                    c, List.of(r.logId()), now, "the attempt's claim was lost; it runs again");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    return true;
  }

  /** A task and its queue row, as a repair finds them under lock. */
  public record Found(Optional<StoredTask> task, Optional<QueueEntry> row) {}

  /** What a repair does to a task's pending attempt. */
  public record Fix(
      Action action,
      Integer part,
      Attempt attempt,
      int priority,
      long scheduleRev,
      TaskStatus status) {
    public enum Action {
      NONE,
      DELETE,
      PUT
    }

    public static Fix none() {
      return new Fix(Action.NONE, null, null, 0, 0, null);
    }

    public static Fix delete() {
      return new Fix(Action.DELETE, null, null, 0, 0, null);
    }
  }

  /**
   * Closes RUNNING execution rows of nodes that have no incarnation checked in within {@code
   * aliveWithin}, unless a queue row's claim still points at them; returns how many.
   */
  public int interruptOrphanedRows(Duration aliveWithin, Instant now) {
    return jdbc.inTransaction(
        c -> {
          Instant cutoff = Jdbc.databaseNow(c).minus(aliveWithin);
          List<Long> orphans =
              Jdbc.query(
                  c,
                  "SELECT l.log_id FROM task_execution_log l WHERE l.status = 'RUNNING' AND NOT EXISTS"
                      + " (SELECT 1 FROM cluster_node n WHERE n.node_id = l.node_id AND n.last_checkin > ?)"
                      + " AND NOT EXISTS (SELECT 1 FROM task_queue q WHERE q.log_id = l.log_id)",
                  rs -> rs.getLong(1),
                  cutoff);
          return ExecutionWrites.interrupt(
              c, orphans, now, "its node stopped while the attempt ran");
        });
  }
}
