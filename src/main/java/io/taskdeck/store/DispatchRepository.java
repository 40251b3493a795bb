package io.taskdeck.store;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatch path's statements on the {@code task} table (see V30__dispatch.sql): set-based
 * claims, batched starts and group-committed settlements. Every method is one transaction, and every
 * row change is guarded by the claim (node and revision), so a concurrent cancel, pause or reschedule
 * cleanly wins or loses.
 */
public final class DispatchRepository {
  private static final String CLAIMABLE = "('SCHEDULED', 'RETRYING')";
  private static final String SELECT =
      "SELECT " + TaskRows.ALL_COLUMNS + ", dispatch_part, due_at, next_attempt FROM task";

  private final Jdbc jdbc;
  private final String claimLocking;
  private final TaskRows rows = new TaskRows();
  private final ExecutionWrites logWrites = new ExecutionWrites();
  private final SettlementWrites settlements = new SettlementWrites(logWrites);

  /**
   * {@code vendor} decides how a claim locks: PostgreSQL skips rows a concurrent claimer holds ({@code
   * FOR UPDATE SKIP LOCKED}). H2 locks a row by writing it, and locks every row it reads before
   * sorting, so there the claim relies on its guarded UPDATE alone.
   */
  public DispatchRepository(Jdbc jdbc, Vendor vendor) {
    this.jdbc = jdbc;
    this.claimLocking = vendor == Vendor.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
  }

  /**
   * Claims up to {@code limit} tasks of partition {@code part} due before {@code dueBefore}, earliest
   * first and, at the same time, highest priority first. A claimed task carries {@code node} (only
   * that column changes, so PostgreSQL can update it in place); rows a concurrent claimer holds are
   * skipped (PostgreSQL), and a task it took is not returned (the UPDATE is guarded).
   *
   * <p>The ORDER BY is exactly the columns of {@code idx_task_dispatch} (V31), {@code dispatch_part}
   * included although it is fixed: H2 reads an index in order only when the ORDER BY starts with the
   * index's columns. So H2 walks the index and stops after {@code limit} rows; otherwise it reads
   * and sorts the partition's whole due backlog on every call (60 ms for 62,500 rows instead of 1
   * ms). PostgreSQL drops the fixed column.
   */
  public List<Claimed> claim(int part, Instant dueBefore, int limit, String node) {
    return jdbc.inTransaction(
        c -> {
          List<Claimed> candidates =
              Jdbc.query(
                  c,
                  SELECT + " WHERE dispatch_part = ? AND due_at < ? AND claim_node IS NULL AND status IN "
                      + CLAIMABLE + " ORDER BY dispatch_part, due_at, priority DESC LIMIT " + limit + claimLocking,
                  this::claimed,
                  part,
                  dueBefore);
          List<Claimed> won = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task SET claim_node = ? WHERE task_id = ? AND revision = ? AND claim_node IS NULL"
                      + " AND due_at IS NOT NULL AND status IN " + CLAIMABLE)) {
            for (Claimed cl : candidates) {
              Jdbc.bind(ps, node, cl.id(), cl.stored().revision());
              ps.addBatch();
            }
            int[] counts = candidates.isEmpty() ? new int[0] : ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] != 0) {
                won.add(candidates.get(i));
              }
            }
          }
          return won;
        });
  }

  private Claimed claimed(ResultSet rs) throws SQLException {
    return new Claimed(rows.map(rs), rs.getInt("dispatch_part"), Jdbc.instant(rs, "due_at"), rs.getInt("next_attempt"));
  }

  /**
   * The earliest due time waiting in partition {@code part}, if any. (The ORDER BY starts with the
   * fixed {@code dispatch_part} so that H2 reads the index in order; see {@link #claim}.)
   */
  public Optional<Instant> nextDue(int part) {
    return jdbc.queryOne(
        "SELECT due_at FROM task WHERE dispatch_part = ? AND due_at IS NOT NULL AND claim_node IS NULL"
            + " ORDER BY dispatch_part, due_at LIMIT 1",
        rs -> Jdbc.instant(rs, "due_at"),
        part);
  }

  /**
   * Starts claimed attempts: the task becomes RUNNING (if it is still this node's claim, at the
   * claimed revision, and SCHEDULED or RETRYING) and its RUNNING log row is written. Returns the
   * started ones with their log ids. A claim that lost to a run-now attempt in flight goes back to
   * the queue; one that lost to a cancel, pause or reschedule is simply dropped.
   */
  private List<Started> start(Connection c, List<Claimed> claims, String node, Instant now) throws SQLException {
    if (claims.isEmpty()) {
      return List.of();
    }
    int[] counts;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET status = 'RUNNING', due_at = NULL, updated_at = ? WHERE task_id = ? AND claim_node = ?"
                + " AND revision = ? AND status IN " + CLAIMABLE)) {
      for (Claimed cl : claims) {
        Jdbc.bind(ps, now, cl.id(), node, cl.stored().revision());
        ps.addBatch();
      }
      counts = ps.executeBatch();
    }
    List<Claimed> won = new ArrayList<>();
    List<Claimed> lost = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      (counts[i] != 0 ? won : lost).add(claims.get(i));
    }
    requeueBehindRunNow(c, lost, node);
    List<Long> ids = logWrites.insertRunning(c, won, node, now);
    List<Started> started = new ArrayList<>();
    for (int i = 0; i < won.size(); i++) {
      started.add(new Started(won.get(i), ids.get(i), now));
    }
    return started;
  }

  private static void requeueBehindRunNow(Connection c, List<Claimed> lost, String node) throws SQLException {
    if (lost.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET claim_node = NULL WHERE task_id = ? AND claim_node = ?"
                + " AND revision = ? AND status = 'RUNNING'")) {
      for (Claimed cl : lost) {
        Jdbc.bind(ps, cl.id(), node, cl.stored().revision());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Starts claimed attempts in one transaction (see {@link #start(Connection, List, String, Instant)}). */
  public List<Started> start(List<Claimed> toStart, String node, Instant now) {
    return jdbc.inTransaction(c -> start(c, toStart, node, now));
  }

  /** Settles finished attempts in one transaction (see {@link SettlementWrites#settle}). */
  public Map<UUID, TaskStatus> settle(List<Settlement> done, String node, Instant now) {
    return jdbc.inTransaction(c -> settlements.settle(c, done, node, now));
  }


  /**
   * Ends claimed one-shot tasks whose time was missed and whose policy is to skip: a MISSED row
   * naming the policy, and the task COMPLETED with last outcome MISSED.
   */
  public void missed(List<Claimed> claims, String node, Instant now, String error) {
    jdbc.inTransaction(
        c -> {
          logWrites.insertMissed(c, claims, node, error);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task SET status = 'COMPLETED', last_outcome = 'MISSED', execution_time = NULL,"
                      + " claim_node = NULL, due_at = NULL, updated_at = ? WHERE task_id = ? AND claim_node = ?"
                      + " AND revision = ? AND status IN " + CLAIMABLE)) {
            for (Claimed cl : claims) {
              Jdbc.bind(ps, now, cl.id(), node, cl.stored().revision());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  /** Puts claims that were never started back in the queue at their due time (for example at shutdown). */
  public int release(List<Claimed> claims, String node) {
    if (claims.isEmpty()) {
      return 0;
    }
    return jdbc.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task SET claim_node = NULL, due_at = COALESCE(due_at, ?) WHERE task_id = ?"
                      + " AND claim_node = ? AND revision = ? AND status IN " + CLAIMABLE)) {
            for (Claimed cl : claims) {
              Jdbc.bind(ps, cl.due(), cl.id(), node, cl.stored().revision());
              ps.addBatch();
            }
            int n = 0;
            for (int count : ps.executeBatch()) {
              n += count == 0 ? 0 : 1;
            }
            return n;
          }
        });
  }

  /**
   * Returns the claims of nodes that are no longer checked in to Quartz's cluster (Quartz removes a
   * failed instance's state row once it has recovered its work) to the queue: waiting claims at
   * their due time, attempts that were running there at once (they ran at most partly: a duplicate
   * of an attempt in flight). Returns how many tasks went back.
   */
  public int releaseClaimsOfGoneNodes(String schedulerName, Instant now) {
    String gone =
        " claim_node IS NOT NULL AND NOT EXISTS (SELECT 1 FROM QRTZ_SCHEDULER_STATE s"
            + " WHERE s.SCHED_NAME = ? AND s.INSTANCE_NAME = task.claim_node)";
    return jdbc.inTransaction(
        c -> {
          int n =
              Jdbc.update(
                  c,
                  "UPDATE task SET due_at = COALESCE(due_at, execution_time, ?), claim_node = NULL,"
                      + " status = CASE WHEN status = 'RUNNING' THEN"
                      + " (CASE WHEN next_attempt > 1 THEN 'RETRYING' ELSE 'SCHEDULED' END) ELSE status END"
                      + " WHERE status IN ('SCHEDULED', 'RETRYING', 'RUNNING') AND" + gone,
                  now,
                  schedulerName);
          Jdbc.update(c, "UPDATE task SET claim_node = NULL WHERE" + gone, schedulerName);
          return n;
        });
  }

  /**
   * Resumes a PAUSED dispatched task: SCHEDULED and back in the queue at its next run, or now if
   * that passed. Returns when it is due, or empty if it was not PAUSED.
   */
  public Optional<Instant> resumeDispatched(UUID id, Instant now) {
    return jdbc.inTransaction(
        c -> {
          int n =
              Jdbc.update(
                  c,
                  "UPDATE task SET status = 'SCHEDULED', updated_at = ?, claim_node = NULL,"
                      + " execution_time = CASE WHEN execution_time IS NULL OR execution_time < ? THEN ?"
                      + " ELSE execution_time END WHERE task_id = ? AND status = 'PAUSED'",
                  now, now, now, id);
          if (n == 0) {
            return Optional.<Instant>empty();
          }
          Jdbc.update(c, "UPDATE task SET due_at = execution_time WHERE task_id = ?", id);
          return Jdbc.query(c, "SELECT execution_time FROM task WHERE task_id = ?", rs -> Jdbc.instant(rs, "execution_time"), id)
              .stream().findFirst();
        });
  }

  /** The pending run of a dispatched task (queued or claimed), if it has one. */
  public Optional<Instant> pendingDispatch(UUID id) {
    return jdbc.queryOne(
        "SELECT execution_time FROM task WHERE task_id = ? AND dispatch_part IS NOT NULL"
            + " AND (due_at IS NOT NULL OR claim_node IS NOT NULL)",
        rs -> Jdbc.instant(rs, "execution_time"),
        id);
  }

  /** A claimed task: the row, its partition, when it was due and the attempt it is. */
  public record Claimed(StoredTask stored, int part, Instant due, int attempt) {
    public UUID id() {
      return stored.task().id();
    }
  }

  /** A started attempt and its RUNNING log row. */
  public record Started(Claimed claim, long logId, Instant startedAt) {}

  /**
   * How a finished attempt settles.
   *
   * @param execution the finished log row
   * @param to the task's status afterwards
   * @param dueAt when the task waits again in the queue (a retry, or a re-run after an interruption)
   * @param nextAttempt the attempt number of that pending attempt
   * @param nextRun the next run shown for the task
   * @param outcome the attempt's own outcome (the log row may say RETRIED)
   * @param deadLetter whether a dead letter is written
   */
  public record Settlement(
      Claimed claim, Execution execution, TaskStatus to, Instant dueAt, int nextAttempt, Instant nextRun,
      ExecutionStatus outcome, boolean deadLetter) {}
}
