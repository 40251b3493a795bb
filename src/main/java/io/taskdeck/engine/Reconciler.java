package io.taskdeck.engine;

import io.taskdeck.core.ReconcileReport;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.store.ExecutionRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs drift between our task rows and Quartz's triggers, with set-based queries so it stays
 * cheap at 500,000 tasks:
 *
 * <ol>
 *   <li>a live task (SCHEDULED, PAUSED) without the main trigger of its revision is armed; a
 *       RUNNING or RETRYING task whose job has no trigger at all and no fired record (its node died
 *       and nothing recovers it, or its retry trigger was lost) is armed to run again;
 *   <li>a trigger whose task is gone or CANCELLED is deleted with its job, and a main trigger of an
 *       old revision is unscheduled (unless it is firing right now);
 *   <li>a trigger stuck in BLOCKED, ACQUIRED or ERROR with no fired record is set back to WAITING.
 * </ol>
 *
 * Execution-log rows left RUNNING by nodes that are no longer checked in are marked INTERRUPTED.
 */
final class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
  private static final String SCHED = QuartzSetup.SCHEDULER_NAME;
  private static final String MAIN_NAME = "CAST(t.task_id AS VARCHAR(36)) || '/r' || CAST(t.revision AS VARCHAR(20))";
  private static final String NOT_FIRING =
      " NOT EXISTS (SELECT 1 FROM QRTZ_FIRED_TRIGGERS f WHERE f.SCHED_NAME = '" + SCHED + "'"
          + " AND f.JOB_GROUP = 'tasks' AND f.JOB_NAME = %s)";

  private final Jdbc jdbc;
  private final TaskRepository tasks;
  private final ExecutionRepository executions;
  private final QuartzGateway quartz;
  private final EventHub events;
  private final Clock clock;
  private final String nodeId;

  Reconciler(Jdbc jdbc, TaskRepository tasks, ExecutionRepository executions, QuartzGateway quartz, EventHub events, Clock clock, String nodeId) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.executions = executions;
    this.quartz = quartz;
    this.events = events;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  synchronized ReconcileReport reconcile() {
    int armed = armTasksWithoutTrigger();
    int dropped = dropTriggersWithoutTask();
    int reset = resetStuckTriggers();
    int interrupted = interruptOrphanedAttempts();
    ReconcileReport report = new ReconcileReport(armed, dropped, reset);
    if (report.total() > 0 || interrupted > 0) {
      log.info("Reconciliation repaired {} (and marked {} orphaned attempts INTERRUPTED)", report, interrupted);
      events.publish(new TaskEvent.TasksChanged(report.total()));
    }
    return report;
  }

  private int armTasksWithoutTrigger() {
    List<UUID> live =
        jdbc.query(
            "SELECT t.task_id FROM task t WHERE t.status IN ('SCHEDULED', 'PAUSED') AND t.dispatch_part IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM QRTZ_TRIGGERS q WHERE q.SCHED_NAME = '" + SCHED + "'"
                + " AND q.JOB_GROUP = 'tasks' AND q.JOB_NAME = CAST(t.task_id AS VARCHAR(36))"
                + " AND q.TRIGGER_NAME = " + MAIN_NAME + ") AND"
                + NOT_FIRING.formatted("CAST(t.task_id AS VARCHAR(36))"),
            rs -> rs.getObject(1, UUID.class));
    List<UUID> lost =
        jdbc.query(
            "SELECT t.task_id FROM task t WHERE t.status IN ('RUNNING', 'RETRYING') AND t.dispatch_part IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM QRTZ_TRIGGERS q WHERE q.SCHED_NAME = '" + SCHED + "'"
                + " AND q.JOB_NAME = CAST(t.task_id AS VARCHAR(36))) AND"
                + NOT_FIRING.formatted("CAST(t.task_id AS VARCHAR(36))"),
            rs -> rs.getObject(1, UUID.class));
    Instant now = now();
    live.forEach(id -> tasks.find(id).ifPresent(st -> quartz.arm(st, now)));
    for (UUID id : lost) {
      long rev = tasks.bumpRevision(id, TaskStatus.SCHEDULED, now, now);
      tasks.find(id).ifPresent(st -> quartz.arm(new StoredTask(st.task(), rev), now));
    }
    return live.size() + lost.size();
  }

  private int dropTriggersWithoutTask() {
    List<String[]> orphans =
        jdbc.query(
            "SELECT q.TRIGGER_NAME, q.JOB_NAME, CASE WHEN t.task_id IS NULL OR t.status = 'CANCELLED'"
                + " THEN 1 ELSE 0 END AS gone FROM QRTZ_TRIGGERS q"
                + " LEFT JOIN task t ON t.task_id = CAST(q.JOB_NAME AS UUID)"
                + " WHERE q.SCHED_NAME = '" + SCHED + "' AND q.TRIGGER_GROUP = 'tasks'"
                + " AND (t.task_id IS NULL OR t.status = 'CANCELLED'"
                + " OR (q.TRIGGER_NAME LIKE '%/r%' AND q.TRIGGER_NAME <> " + MAIN_NAME + "))"
                + " AND" + NOT_FIRING.formatted("q.JOB_NAME"),
            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    for (String[] o : orphans) {
      if ("1".equals(o[2])) {
        quartz.delete(UUID.fromString(o[1]));
      } else {
        quartz.unschedule(TriggerKey.triggerKey(o[0], TaskKeys.GROUP));
      }
    }
    return orphans.size();
  }

  private int resetStuckTriggers() {
    return jdbc.update(
        "UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'WAITING' WHERE SCHED_NAME = ?"
            + " AND JOB_GROUP = 'tasks' AND TRIGGER_STATE IN ('BLOCKED', 'ACQUIRED', 'ERROR')"
            + " AND NOT EXISTS (SELECT 1 FROM QRTZ_FIRED_TRIGGERS f WHERE f.SCHED_NAME = ?"
            + " AND (f.TRIGGER_NAME = QRTZ_TRIGGERS.TRIGGER_NAME AND f.TRIGGER_GROUP = QRTZ_TRIGGERS.TRIGGER_GROUP"
            + " OR f.JOB_NAME = QRTZ_TRIGGERS.JOB_NAME AND f.JOB_GROUP = QRTZ_TRIGGERS.JOB_GROUP))",
        SCHED,
        SCHED);
  }

  private int interruptOrphanedAttempts() {
    List<String> gone =
        jdbc.query(
            "SELECT DISTINCT l.node_id FROM task_execution_log l WHERE l.status = 'RUNNING'"
                + " AND l.node_id <> ? AND NOT EXISTS (SELECT 1 FROM QRTZ_SCHEDULER_STATE s"
                + " WHERE s.SCHED_NAME = ? AND s.INSTANCE_NAME = l.node_id)",
            rs -> rs.getString(1),
            nodeId,
            SCHED);
    return executions.interruptRunningOf(gone, now());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
