package io.taskdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lane's hot statements on {@code task_queue}: set-based claims and fenced, batched starts.
 * Every row change is guarded by the row's version and the claim (node and incarnation), so a
 * concurrent cancel, pause, edit or release cleanly wins or loses.
 */
public final class LaneRepository {
  private final Jdbc jdbc;
  private final String claimLocking;
  private final TaskRows rows = new TaskRows();
  private final ExecutionWrites logWrites = new ExecutionWrites();

  /**
   * {@code vendor} decides how a claim locks: PostgreSQL skips rows a concurrent claimer holds
   * ({@code FOR UPDATE OF q SKIP LOCKED}). H2 locks a row by writing it, and locks every row it
   * reads before sorting, so there the claim relies on its guarded UPDATE alone.
   */
  public LaneRepository(Jdbc jdbc, Vendor vendor) {
    this.jdbc = jdbc;
    this.claimLocking = vendor == Vendor.POSTGRESQL ? " FOR UPDATE OF q SKIP LOCKED" : "";
  }

  /**
   * Claims up to {@code limit} attempts of partition {@code part} due before {@code dueBefore},
   * earliest first and, at the same time, highest priority first. The ORDER BY is exactly the
   * columns of {@code idx_queue_claim}, {@code part} included although it is fixed: H2 reads an
   * index in order only when the ORDER BY starts with its columns, and then stops after {@code
   * limit} rows.
   */
  public List<Claimed> claim(int part, Instant dueBefore, int limit, NodeClaim me) {
    return jdbc.inTransaction(
        c -> {
          List<Claimed> candidates =
              Jdbc.query(
                  c,
                  "SELECT "
                      + QueueRows.COLUMNS
                      + ", "
                      + prefixed()
                      + " FROM task_queue q JOIN task t ON t.task_id = q.task_id"
                      + " WHERE q.part = ? AND q.due_at < ? AND q.claim_node IS NULL"
                      + " ORDER BY q.part, q.due_at, q.priority DESC LIMIT "
                      + limit
                      + claimLocking,
                  rs -> new Claimed(rows.map(rs), QueueRows.map(rs)),
                  part,
                  dueBefore);
          List<Claimed> won = new ArrayList<>();
          if (candidates.isEmpty()) {
            return won;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task_queue SET claim_node = ?, claim_inc = ?, version = version + 1 WHERE task_id = ?"
                      + " AND version = ? AND claim_node IS NULL")) {
            for (Claimed cl : candidates) {
              Jdbc.bind(ps, me.nodeId(), me.incarnation(), cl.id(), cl.entry().version());
              ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] != 0) {
                Claimed cl = candidates.get(i);
                QueueEntry e = cl.entry();
                won.add(
                    new Claimed(
                        cl.stored(),
                        new QueueEntry(
                            e.taskId(),
                            e.part(),
                            e.attempt(),
                            e.priority(),
                            e.scheduleRev(),
                            e.version() + 1,
                            me.nodeId(),
                            me.incarnation(),
                            null)));
              }
            }
          }
          return won;
        });
  }

  private static String prefixed() {
    StringBuilder sb = new StringBuilder();
    for (String col : TaskRows.ALL_COLUMNS.split(",")) {
      if (!col.trim().equals("task_id")) {
        sb.append(sb.length() == 0 ? "" : ", ").append("t.").append(col.trim());
      }
    }
    return sb.toString();
  }

  /** What a start transaction did. */
  public record StartResult(List<Started> started, List<Claimed> lost, boolean alive) {}

  /**
   * Starts claimed attempts in one transaction that proves the claims are still this incarnation's:
   * first that this incarnation's check-in is younger than {@code aliveWithin} on the database
   * clock (else nothing starts), then, per attempt, that its queue row still carries this claim at
   * the claimed version. The started ones get their RUNNING execution row and their task becomes
   * RUNNING; the others lost to a cancel, pause, edit, run-now or release and are returned as lost.
   */
  public StartResult start(List<Claimed> claims, NodeClaim me, Instant now, Duration aliveWithin) {
    return jdbc.inTransaction(c -> start(c, claims, me, now, aliveWithin));
  }

  private StartResult start(
      Connection c, List<Claimed> claims, NodeClaim me, Instant now, Duration aliveWithin)
      throws SQLException {
    Instant dbNow = Jdbc.databaseNow(c);
    boolean alive =
        !Jdbc.query(
                c,
                "SELECT 1 FROM cluster_node WHERE node_id = ? AND incarnation = ? AND last_checkin > ?",
                rs -> rs.getInt(1),
                me.nodeId(),
                me.incarnation(),
                dbNow.minus(aliveWithin))
            .isEmpty();
    if (!alive || claims.isEmpty()) {
      return new StartResult(List.of(), List.of(), alive);
    }
    List<Long> ids = logWrites.insertRunning(c, claims, me.nodeId(), now);
    int[] counts;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task_queue SET log_id = ?, version = version + 1 WHERE task_id = ? AND version = ?"
                + " AND claim_node = ? AND claim_inc = ? AND log_id IS NULL")) {
      for (int i = 0; i < claims.size(); i++) {
        Claimed cl = claims.get(i);
        Jdbc.bind(ps, ids.get(i), cl.id(), cl.entry().version(), me.nodeId(), me.incarnation());
        ps.addBatch();
      }
      counts = ps.executeBatch();
    }
    List<Started> started = new ArrayList<>();
    List<Claimed> lost = new ArrayList<>();
    List<Long> lostLogs = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        started.add(new Started(claims.get(i), ids.get(i), now));
      } else {
        lost.add(claims.get(i));
        lostLogs.add(ids.get(i));
      }
    }
    deleteLogRows(c, lostLogs);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET status = 'RUNNING', updated_at = ?, revision = revision + 1 WHERE task_id = ?"
                + " AND status IN ('SCHEDULED', 'RETRYING')")) {
      for (Started s : started) {
        Jdbc.bind(ps, now, s.claim().id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new StartResult(started, lost, true);
  }

  private static void deleteLogRows(Connection c, List<Long> logIds) throws SQLException {
    if (logIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM task_execution_log WHERE log_id = ?")) {
      for (Long id : logIds) {
        ps.setLong(1, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * After a start whose commit may or may not have happened: the log ids of the claims that did
   * start (their queue row carries this claim and a log id), by task id.
   */
  public Map<UUID, Long> startedOf(List<Claimed> claims, NodeClaim me) {
    Map<UUID, Long> out = new java.util.HashMap<>();
    List<UUID> ids = claims.stream().map(Claimed::id).toList();
    jdbc.inTransaction(
        c -> {
          for (QueueEntry e : new QueueRepository(jdbc).findAll(c, ids).values()) {
            if (e.started()
                && me.nodeId().equals(e.claimNode())
                && Long.valueOf(me.incarnation()).equals(e.claimInc())) {
              out.put(e.taskId(), e.logId());
            }
          }
          return null;
        });
    return out;
  }

  /**
   * Puts claims that were never started back in the queue (shutdown, or a node that has no room
   * after all).
   */
  public int release(List<Claimed> claims, NodeClaim me) {
    if (claims.isEmpty()) {
      return 0;
    }
    return jdbc.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task_queue SET claim_node = NULL, claim_inc = NULL, version = version + 1 WHERE task_id = ?"
                      + " AND version = ? AND claim_node = ? AND claim_inc = ? AND log_id IS NULL")) {
            for (Claimed cl : claims) {
              Jdbc.bind(ps, cl.id(), cl.entry().version(), me.nodeId(), me.incarnation());
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
   * Writes misfire decisions for claimed attempts, each guarded by its claim: the MISSED rows, and
   * either the attempt that runs now (the claim goes on) or the next pending attempt and the task's
   * status. Returns the claims that go on running, at their new version.
   */
  public List<Claimed> misfired(List<MisfireWrite> decisions, NodeClaim me, Instant now) {
    return jdbc.inTransaction(
        c -> {
          List<Claimed> going = new ArrayList<>();
          List<ExecutionWrites.Missed> missed = new ArrayList<>();
          for (MisfireWrite d : decisions) {
            Claimed cl = d.claim();
            String guard =
                " WHERE task_id = ? AND version = ? AND claim_node = ? AND claim_inc = ? AND log_id IS NULL";
            int n;
            if (d.run() != null) {
              n =
                  Jdbc.update(
                      c,
                      "UPDATE task_queue SET occurrence = ?, due_at = ?, version = version + 1"
                          + guard,
                      d.run().occurrence(),
                      d.run().due(),
                      cl.id(),
                      cl.entry().version(),
                      me.nodeId(),
                      me.incarnation());
              if (n > 0) {
                going.add(cl.with(d.run(), cl.entry().version() + 1));
              }
            } else if (d.next() != null) {
              Object[] a = QueueRows.attempt(d.next());
              n =
                  Jdbc.update(
                      c,
                      "UPDATE task_queue SET due_at = ?, occurrence = ?, attempt = ?, kind = ?, resume_occurrence = ?,"
                          + " resume_due = ?, version = version + 1, claim_node = NULL, claim_inc = NULL"
                          + guard,
                      a[0],
                      a[1],
                      a[2],
                      a[3],
                      a[4],
                      a[5],
                      cl.id(),
                      cl.entry().version(),
                      me.nodeId(),
                      me.incarnation());
            } else {
              n =
                  Jdbc.update(
                      c,
                      "DELETE FROM task_queue" + guard,
                      cl.id(),
                      cl.entry().version(),
                      me.nodeId(),
                      me.incarnation());
            }
            if (n == 0) {
              continue;
            }
            missed.addAll(d.missed());
            if (d.run() == null) {
              Jdbc.update(
                  c,
                  "UPDATE task SET status = ?, execution_time = ?, last_outcome = 'MISSED', updated_at = ?,"
                      + " revision = revision + 1 WHERE task_id = ?",
                  d.status().name(),
                  d.next() == null ? null : d.next().due(),
                  now,
                  cl.id());
            } else if (!d.missed().isEmpty()) {
              Jdbc.update(
                  c,
                  "UPDATE task SET last_outcome = 'MISSED', updated_at = ?, revision = revision + 1 WHERE task_id = ?",
                  now,
                  cl.id());
            }
          }
          logWrites.insertMissed(c, missed, me.nodeId());
          return going;
        });
  }

  /** Of these execution rows, those still RUNNING (their settlement has not committed). */
  public List<Long> stillRunning(List<Long> logIds) {
    List<Long> out = new ArrayList<>();
    for (int from = 0; from < logIds.size(); from += 500) {
      List<Long> chunk = logIds.subList(from, Math.min(logIds.size(), from + 500));
      out.addAll(
          jdbc.query(
              "SELECT log_id FROM task_execution_log WHERE status = 'RUNNING' AND log_id IN ("
                  + TaskRepository.placeholders(chunk.size())
                  + ")",
              rs -> rs.getLong(1),
              chunk.toArray()));
    }
    return out;
  }
}
