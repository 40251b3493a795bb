package io.taskdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives back what a process lifetime that ended left claimed: its claims that had not started go
 * back to the queue at their due time; its started attempts were interrupted, so their execution
 * rows become INTERRUPTED and the same attempt is due again at once (at-least-once: it may have run
 * partly). A paused task's attempt goes back held; a task's status follows its attempt.
 */
public final class ClaimRecovery {
  private final Jdbc jdbc;

  public ClaimRecovery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** What a recovery gave back. */
  public record Recovered(int waiting, int interrupted) {
    public int total() {
      return waiting + interrupted;
    }
  }

  /**
   * At the start of incarnation {@code me}: releases the claims of this node id's earlier
   * incarnations and closes every RUNNING execution row of this node id as INTERRUPTED.
   */
  public Recovered releaseEarlierIncarnations(NodeClaim me, Instant now) {
    return jdbc.inTransaction(
        c -> {
          List<QueueEntry> mine =
              Jdbc.query(
                  c,
                  "SELECT "
                      + QueueRows.COLUMNS
                      + " FROM task_queue q WHERE q.claim_node = ? AND q.claim_inc <> ?",
                  QueueRows::map,
                  me.nodeId(),
                  me.incarnation());
          Recovered r =
              release(c, mine, now, "node " + me.nodeId() + " restarted while the attempt ran");
          List<Long> running =
              Jdbc.query(
                  c,
                  "SELECT log_id FROM task_execution_log WHERE node_id = ? AND status = 'RUNNING'",
                  rs -> rs.getLong(1),
                  me.nodeId());
          ExecutionWrites.interrupt(
              c, running, now, "node " + me.nodeId() + " restarted while the attempt ran");
          return r;
        });
  }

  /**
   * Releases every claim whose incarnation is not alive: no {@code cluster_node} row of that node
   * id and incarnation checked in within {@code aliveWithin} (on the database clock), except the
   * claims of {@code self}, the incarnation asking. The running count of nodes that stopped
   * checking in drops to zero.
   */
  public Recovered releaseDeadIncarnations(Duration aliveWithin, Instant now, NodeClaim self) {
    return jdbc.inTransaction(
        c -> {
          Instant cutoff = Jdbc.databaseNow(c).minus(aliveWithin);
          List<QueueEntry> dead =
              Jdbc.query(
                      c,
                      "SELECT "
                          + QueueRows.COLUMNS
                          + " FROM task_queue q WHERE q.claim_node IS NOT NULL AND NOT EXISTS"
                          + " (SELECT 1 FROM cluster_node n WHERE n.node_id = q.claim_node AND n.incarnation = q.claim_inc"
                          + " AND n.last_checkin > ?)",
                      QueueRows::map,
                      cutoff)
                  .stream()
                  .filter(
                      e ->
                          !(self.nodeId().equals(e.claimNode())
                              && Long.valueOf(self.incarnation()).equals(e.claimInc())))
                  .toList();
          Recovered r = release(c, dead, now, null);
          Jdbc.update(
              c,
              "UPDATE cluster_node SET running = 0 WHERE last_checkin <= ? AND running <> 0",
              cutoff);
          return r;
        });
  }

  private static Recovered release(
      Connection c, List<QueueEntry> entries, Instant now, String reason) throws SQLException {
    List<QueueEntry> waiting = entries.stream().filter(e -> !e.started()).toList();
    List<QueueEntry> running = entries.stream().filter(QueueEntry::started).toList();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task_queue SET claim_node = NULL, claim_inc = NULL, version = version + 1"
                + " WHERE task_id = ? AND version = ?")) {
      for (QueueEntry e : waiting) {
        Jdbc.bind(ps, e.taskId(), e.version());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<Long> logs = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "UPDATE task_queue SET claim_node = NULL, claim_inc = NULL, log_id = NULL, due_at = ?,"
                    + " version = version + 1 WHERE task_id = ? AND version = ?");
        PreparedStatement t =
            c.prepareStatement(
                "UPDATE task SET status = CASE WHEN status = 'RUNNING' THEN ? ELSE status END, execution_time = ?,"
                    + " updated_at = ?, revision = revision + 1 WHERE task_id = ?")) {
      for (QueueEntry e : running) {
        Jdbc.bind(q, now, e.taskId(), e.version());
        q.addBatch();
        Jdbc.bind(t, e.attempt().waitingStatus().name(), now, now, e.taskId());
        t.addBatch();
        logs.add(e.logId());
      }
      q.executeBatch();
      t.executeBatch();
    }
    for (QueueEntry e : running) {
      String why =
          reason != null
              ? reason
              : "node " + e.claimNode() + " stopped or was declared dead while the attempt ran";
      ExecutionWrites.interrupt(c, List.of(e.logId()), now, why);
    }
    // A paused task's attempt waits held (a pause during the attempt keeps it so).
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task_queue SET part = NULL WHERE task_id = ? AND log_id IS NULL"
                + " AND EXISTS (SELECT 1 FROM task t WHERE t.task_id = ? AND t.status = 'PAUSED')")) {
      for (QueueEntry e : running) {
        Jdbc.bind(ps, e.taskId(), e.taskId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new Recovered(waiting.size(), running.size());
  }
}
