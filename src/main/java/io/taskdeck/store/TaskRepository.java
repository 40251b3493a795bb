package io.taskdeck.store;

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
          + ") VALUES ("
          + TaskRepository.placeholders(TaskRows.ALL_COLUMNS.split(",").length)
          + ")";

  /** From this many rows, PostgreSQL gets them through COPY rather than INSERT batches. */
  private static final int COPY_FROM = 100;

  private final Jdbc jdbc;
  private final TaskRows rows = new TaskRows();
  private final TaskListing listing;

  public TaskRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.listing = new TaskListing(jdbc);
  }

  /**
   * Inserts task rows in one transaction of their own, without pending attempts (the engine's
   * creation adds those in the same transaction; this is for rows that only need to be read).
   */
  public void insertAll(List<Task> tasks) {
    jdbc.inTransaction(
        c -> {
          insert(c, tasks, Map.of());
          return null;
        });
  }

  /**
   * Inserts new tasks (revision 1) inside the caller's transaction, with JDBC batches (COPY on
   * PostgreSQL from {@value #COPY_FROM} rows). {@code anchors} gives each interval task its anchor.
   */
  public void insert(Connection c, List<Task> tasks, Map<UUID, Instant> anchors)
      throws SQLException {
    List<Object[]> params = new ArrayList<>(tasks.size());
    for (Task t : tasks) {
      params.add(insertParams(t, anchors.get(t.id())));
    }
    if (tasks.size() >= COPY_FROM && PgCopy.available(c)) {
      PgCopy.copy(c, "task", TaskRows.ALL_COLUMNS, params);
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      int n = 0;
      for (Object[] row : params) {
        Jdbc.bind(ps, row);
        ps.addBatch();
        if (++n % 500 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private Object[] insertParams(Task t, Instant anchor) {
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
    p.add(1L);
    p.add(anchor);
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

  /** The task, its row locked until the caller's transaction ends. */
  public Optional<StoredTask> lock(Connection c, UUID id) throws SQLException {
    List<StoredTask> found =
        Jdbc.query(
            c,
            "SELECT " + TaskRows.ALL_COLUMNS + " FROM task WHERE task_id = ? FOR UPDATE",
            rows::map,
            id);
    return found.stream().findFirst();
  }

  /** The tasks with these ids (those that exist), their rows locked until the transaction ends. */
  public Map<UUID, StoredTask> lockAll(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, StoredTask> out = new java.util.HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String sql =
          "SELECT "
              + TaskRows.ALL_COLUMNS
              + " FROM task WHERE task_id IN ("
              + placeholders(chunk.size())
              + ") FOR UPDATE";
      for (StoredTask st : Jdbc.query(c, sql, rows::map, chunk.toArray())) {
        out.put(st.task().id(), st);
      }
    }
    return out;
  }

  /**
   * Replaces the definition and bumps the revision; a changed schedule also bumps the schedule
   * revision and stores its anchor.
   */
  public void writeSpec(
      Connection c, UUID id, TaskSpec spec, Instant anchor, boolean scheduleChanged, Instant now)
      throws SQLException {
    List<Object> p = new ArrayList<>(rows.specParams(spec));
    p.add(anchor);
    p.add(now);
    p.add(id);
    String set =
        TaskRows.SPEC_COLUMNS.replace(",", " = ?,")
            + " = ?, anchor_at = ?, updated_at = ?, revision = revision + 1"
            + (scheduleChanged ? ", schedule_rev = schedule_rev + 1" : "");
    Jdbc.update(c, "UPDATE task SET " + set + " WHERE task_id = ?", p.toArray());
  }

  /** Sets a task's status and next run (and bumps its revision) inside the caller's transaction. */
  public void setState(Connection c, UUID id, TaskStatus status, Instant nextRun, Instant now)
      throws SQLException {
    Jdbc.update(
        c,
        "UPDATE task SET status = ?, execution_time = ?, updated_at = ?, revision = revision + 1 WHERE task_id = ?",
        status.name(),
        nextRun,
        now,
        id);
  }

  /** Like {@link #setState}, and the attempts of the current occurrence start again from zero. */
  public void restart(Connection c, UUID id, TaskStatus status, Instant nextRun, Instant now)
      throws SQLException {
    Jdbc.update(
        c,
        "UPDATE task SET status = ?, execution_time = ?, retry_count = 0, updated_at = ?, revision = revision + 1"
            + " WHERE task_id = ?",
        status.name(),
        nextRun,
        now,
        id);
  }

  static String placeholders(int n) {
    return java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "));
  }
}
