package io.taskdeck.store;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@code task} table: the source of truth for what the user defined and for its status. */
public final class TaskRepository {
  private static final String INSERT =
      "INSERT INTO task ("
          + TaskRows.ALL_COLUMNS
          + ", due_at) VALUES ("
          + "?, ".repeat(TaskRows.ALL_COLUMNS.split(",").length)
          + "?)";
  /** From this many rows, PostgreSQL gets them through COPY rather than INSERT batches. */
  private static final int COPY_FROM = 100;
  private static final String CLEAR_CLAIM = "due_at = NULL, claim_node = NULL";

  private final Jdbc jdbc;
  private final TaskRows rows = new TaskRows();
  private final TaskListing listing;

  public TaskRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.listing = new TaskListing(jdbc);
  }

  /** Inserts new tasks (revision 1) with their own Quartz triggers, in one transaction. */
  public void insertAll(List<Task> tasks) {
    insertAll(tasks, t -> null);
  }

  /**
   * Inserts new tasks (revision 1) in one transaction, with JDBC batches. A task that {@code
   * partitions} gives a partition goes to the dispatch queue, due at its next run.
   */
  public void insertAll(List<Task> tasks, java.util.function.Function<Task, Integer> partitions) {
    jdbc.inTransaction(
        c -> {
          List<Object[]> rows = new ArrayList<>(tasks.size());
          for (Task t : tasks) {
            rows.add(insertParams(t, partitions.apply(t)));
          }
          if (tasks.size() >= COPY_FROM && PgCopy.available(c)) {
            PgCopy.copy(c, "task", TaskRows.ALL_COLUMNS + ", due_at", rows);
            return null;
          }
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int n = 0;
            for (Object[] row : rows) {
              Jdbc.bind(ps, row);
              ps.addBatch();
              if (++n % 500 == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private Object[] insertParams(Task t, Integer part) {
    List<Object> p = new ArrayList<>();
    p.add(t.id());
    p.addAll(rows.specParams(t.spec()));
    p.add(t.status().name());
    p.add(t.nextRun());
    p.add(t.retryCount());
    p.add(t.lastOutcome() == null ? null : t.lastOutcome().name());
    p.add(1L);
    p.add(t.createdAt());
    p.add(t.updatedAt());
    p.add(part);
    p.add(part == null ? null : t.nextRun());
    return p.toArray();
  }

  public Optional<StoredTask> find(UUID id) {
    return jdbc.queryOne(
        "SELECT " + TaskRows.ALL_COLUMNS + " FROM task WHERE task_id = ?", rows::map, id);
  }

  /** Filtered, in the query's order, keyset-paged (see {@link TaskListing}). */
  public Page<Task> list(TaskQuery q) {
    return listing.list(q);
  }

  /** How many tasks the query's filters match, across all pages. */
  public long count(TaskQuery q) {
    return listing.count(q);
  }

  public Map<TaskStatus, Long> countByStatus() {
    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s, 0L);
    }
    jdbc.query(
            "SELECT status, COUNT(*) AS n FROM task GROUP BY status",
            rs -> Map.entry(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /**
   * Replaces the definition, sets status and next run, and bumps the revision; returns the new
   * revision. With a partition the task goes to the dispatch queue (due at its next run unless
   * PAUSED), without one it leaves it; any claim on it is dropped.
   */
  public long replaceSpec(UUID id, TaskSpec spec, TaskStatus status, Instant nextRun, Instant now, Integer part) {
    return jdbc.inTransaction(
        c -> {
          List<Object> p = new ArrayList<>(rows.specParams(spec));
          p.addAll(List.of(status.name()));
          p.add(nextRun);
          p.add(now);
          p.add(part);
          p.add(part == null || status == TaskStatus.PAUSED ? null : nextRun);
          p.add(id);
          String set =
              TaskRows.SPEC_COLUMNS.replace(",", " = ?,")
                  + " = ?, status = ?, execution_time = ?, updated_at = ?, retry_count = 0,"
                  + " revision = revision + 1, dispatch_part = ?, due_at = ?, claim_node = NULL, next_attempt = 1";
          Jdbc.update(c, "UPDATE task SET " + set + " WHERE task_id = ?", p.toArray());
          return revision(c, id);
        });
  }

  /** Sets a new status (and next run) and bumps the revision, so existing triggers go stale. */
  public long bumpRevision(UUID id, TaskStatus status, Instant nextRun, Instant now) {
    return jdbc.inTransaction(
        c -> {
          Jdbc.update(
              c,
              "UPDATE task SET status = ?, execution_time = ?, updated_at = ?, revision = revision + 1"
                  + " WHERE task_id = ?",
              status.name(),
              nextRun,
              now,
              id);
          return revision(c, id);
        });
  }

  private static long revision(Connection c, UUID id) throws SQLException {
    return Jdbc.query(c, "SELECT revision FROM task WHERE task_id = ?", rs -> rs.getLong(1), id)
        .get(0);
  }

  /** Moves a task to {@code to} if its status is one of {@code from}; true when it did. */
  public boolean transition(UUID id, Collection<TaskStatus> from, TaskStatus to, Instant now) {
    List<Object> p = new ArrayList<>(List.of(to.name(), now, id));
    from.forEach(s -> p.add(s.name()));
    boolean leavesQueue = to == TaskStatus.CANCELLED || to == TaskStatus.PAUSED;
    return jdbc.update(
            "UPDATE task SET status = ?, updated_at = ?" + (leavesQueue ? ", " + CLEAR_CLAIM : "")
                + " WHERE task_id = ? AND status IN ("
                + placeholders(from.size())
                + ")",
            p.toArray())
        == 1;
  }

  /**
   * Records the end of an attempt: last outcome and attempts made; the status and next run only
   * change if the task is still RUNNING (a cancel or pause during the attempt wins). Returns the
   * status the task has afterwards, read in the same transaction.
   */
  public Optional<TaskStatus> finish(
      UUID id, TaskStatus to, ExecutionStatus outcome, int attempts, Instant nextRun, Instant now) {
    return jdbc.inTransaction(
        c -> {
          Jdbc.update(
              c,
              "UPDATE task SET last_outcome = ?, updated_at = ?, retry_count = ?,"
                  + " execution_time = CASE WHEN status = 'RUNNING' THEN ? ELSE execution_time END,"
                  + " status = CASE WHEN status = 'RUNNING' THEN ? ELSE status END"
                  + " WHERE task_id = ?",
              outcome.name(),
              now,
              attempts,
              nextRun,
              to.name(),
              id);
          return Jdbc.query(
                  c, "SELECT status FROM task WHERE task_id = ?", rs -> TaskStatus.valueOf(rs.getString(1)), id)
              .stream()
              .findFirst();
        });
  }

  /**
   * Resets the attempts of a requeued task and shows it SCHEDULED for {@code at}; a dispatched task
   * goes back to the dispatch queue, due at {@code at}. False if cancelled.
   */
  public boolean requeue(UUID id, Instant at, Instant now) {
    return jdbc.update(
            "UPDATE task SET due_at = CASE WHEN dispatch_part IS NOT NULL"
                + " AND status IN ('FAILED', 'COMPLETED', 'RETRYING', 'SCHEDULED') THEN ? ELSE due_at END,"
                + " claim_node = CASE WHEN status = 'RUNNING' THEN claim_node END, next_attempt = 1,"
                + " status = CASE WHEN status IN ('FAILED', 'COMPLETED', 'RETRYING') THEN 'SCHEDULED'"
                + " ELSE status END, retry_count = 0, execution_time = ?, updated_at = ?"
                + " WHERE task_id = ? AND status <> 'CANCELLED'",
            at,
            at,
            now,
            id)
        == 1;
  }

  /**
   * Records that an occurrence was missed: last outcome MISSED; a one-shot task that will not run
   * ({@code ended}) goes from SCHEDULED to COMPLETED.
   */
  public void markMissed(UUID id, boolean ended, Instant nextRun, Instant now) {
    jdbc.update(
        "UPDATE task SET last_outcome = 'MISSED', updated_at = ?, execution_time = ?,"
            + " status = CASE WHEN ? AND status = 'SCHEDULED' THEN 'COMPLETED' ELSE status END"
            + " WHERE task_id = ?",
        now,
        nextRun,
        ended,
        id);
  }

  /** Sets the next run shown for a task. */
  public void setNextRun(UUID id, Instant nextRun) {
    jdbc.update("UPDATE task SET execution_time = ? WHERE task_id = ?", nextRun, id);
  }

  /** Sets the next run of many tasks in one transaction (JDBC batches). */
  public void setNextRuns(Map<UUID, Instant> nextRuns) {
    if (nextRuns.isEmpty()) {
      return;
    }
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE task SET execution_time = ? WHERE task_id = ?")) {
            int n = 0;
            for (Map.Entry<UUID, Instant> e : nextRuns.entrySet()) {
              Jdbc.bind(ps, new Object[] {e.getValue(), e.getKey()});
              ps.addBatch();
              if (++n % 500 == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  static String placeholders(int n) {
    return java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "));
  }
}
