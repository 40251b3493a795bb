package io.taskdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deletes of the retention purge, one batch at a time inside the caller's transaction. Each
 * batch reads at most {@code limit} candidates through an index and deletes exactly those, so a
 * transaction stays short whatever the size of the tables.
 *
 * <p>What is never deleted: a RUNNING execution row (it has no {@code finished_at}); the execution
 * row an open dead letter points at (its "last log"); a task that is not a finished one-shot
 * (recurring, SCHEDULED, RUNNING, RETRYING, PAUSED); a finished one-shot with an open dead letter
 * (requeue or delete the dead letter first); a task with a queue row, or with a RUNNING execution
 * row (cancelled while its attempt runs: the attempt's settlement still writes that row).
 */
public final class RetentionRepository {
  private static final String FINISHED = "('COMPLETED', 'CANCELLED', 'FAILED')";
  private static final String NO_OPEN_DEAD_LETTER_FOR_LOG =
      " AND NOT EXISTS (SELECT 1 FROM dead_letter d WHERE d.last_log_id = l.log_id AND d.requeued_at IS NULL)";
  private static final String DELETABLE_TASK =
      " t.status IN "
          + FINISHED
          + " AND t.schedule_kind = 'once' AND t.updated_at < ?"
          + " AND NOT EXISTS (SELECT 1 FROM dead_letter d WHERE d.task_id = t.task_id AND d.requeued_at IS NULL)"
          + " AND NOT EXISTS (SELECT 1 FROM task_queue q WHERE q.task_id = t.task_id)"
          + " AND NOT EXISTS (SELECT 1 FROM task_execution_log r WHERE r.task_id = t.task_id AND r.status = 'RUNNING')";

  /**
   * Deletes up to {@code limit} execution rows that finished before {@code cutoff} (MISSED rows,
   * which never start, by their occurrence); returns how many.
   */
  public int deleteExecutions(Connection c, Instant cutoff, int limit) throws SQLException {
    List<Long> ids =
        Jdbc.query(
            c,
            "SELECT l.log_id FROM task_execution_log l WHERE l.finished_at < ?"
                + NO_OPEN_DEAD_LETTER_FOR_LOG
                + " ORDER BY l.finished_at LIMIT "
                + limit,
            rs -> rs.getLong(1),
            cutoff);
    if (ids.size() < limit) {
      ids = new ArrayList<>(ids);
      ids.addAll(
          Jdbc.query(
              c,
              "SELECT l.log_id FROM task_execution_log l WHERE l.status = 'MISSED' AND l.scheduled_for < ?"
                  + NO_OPEN_DEAD_LETTER_FOR_LOG
                  + " ORDER BY l.status, l.scheduled_for LIMIT "
                  + (limit - ids.size()),
              rs -> rs.getLong(1),
              cutoff));
    }
    return deleteByIds(c, "task_execution_log", "log_id", ids);
  }

  /**
   * What one batch of the task purge did.
   *
   * @param candidates tasks found (fewer than the limit: nothing more to do)
   * @param tasks tasks deleted
   * @param executions their execution rows deleted with them
   */
  public record TaskBatch(int candidates, int tasks, int executions) {}

  /**
   * Deletes up to {@code limit} finished one-shot tasks last changed before {@code cutoff}, with
   * everything that refers to them (their execution rows, requeued dead letters, a stray queue
   * row), children first. The candidates are locked and checked again before anything is deleted,
   * so a run-now or requeue that committed meanwhile keeps its task.
   */
  public TaskBatch deleteFinishedTasks(Connection c, Instant cutoff, int limit)
      throws SQLException {
    // created_at <= updated_at, so the created_at bound lets the scan use idx_task_status_created.
    List<UUID> candidates =
        Jdbc.query(
            c,
            "SELECT t.task_id FROM task t WHERE t.created_at < ? AND"
                + DELETABLE_TASK
                + " ORDER BY t.created_at LIMIT "
                + limit,
            rs -> rs.getObject(1, UUID.class),
            cutoff,
            cutoff);
    if (candidates.isEmpty()) {
      return new TaskBatch(0, 0, 0);
    }
    Object[] params = new Object[candidates.size() + 1];
    for (int i = 0; i < candidates.size(); i++) {
      params[i] = candidates.get(i);
    }
    params[candidates.size()] = cutoff;
    List<UUID> locked =
        Jdbc.query(
            c,
            "SELECT t.task_id FROM task t WHERE t.task_id IN ("
                + TaskRepository.placeholders(candidates.size())
                + ") AND"
                + DELETABLE_TASK
                + " ORDER BY t.task_id FOR UPDATE",
            rs -> rs.getObject(1, UUID.class),
            params);
    int executions = deleteByIds(c, "task_execution_log", "task_id", locked);
    deleteByIds(c, "dead_letter", "task_id", locked);
    deleteByIds(c, "task_queue", "task_id", locked);
    return new TaskBatch(candidates.size(), deleteByIds(c, "task", "task_id", locked), executions);
  }

  private static int deleteByIds(Connection c, String table, String column, List<?> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    return Jdbc.update(
        c,
        "DELETE FROM "
            + table
            + " WHERE "
            + column
            + " IN ("
            + TaskRepository.placeholders(ids.size())
            + ")",
        ids.toArray());
  }
}
