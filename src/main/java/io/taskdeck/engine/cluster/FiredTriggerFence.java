package io.taskdeck.engine.cluster;

import io.taskdeck.store.Jdbc;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a node that was declared dead (suspended, cut off) from running work another node already
 * recovered. When Quartz declares a node dead, the recovering node deletes the dead node's rows in
 * {@code QRTZ_FIRED_TRIGGERS} and fires the work itself. So, just before an attempt starts, this
 * node checks that its fired-trigger row (entry id = fire instance id, instance = this node) is
 * still there, and vetoes the attempt when it is not. An attempt that was already running when the
 * node froze cannot be taken back: when it completes, the lost ownership is logged as a warning and
 * noted on its execution row (at-least-once across failures).
 */
final class FiredTriggerFence implements TriggerListener, JobListener {
  static final String LATE_NOTE =
      "finished after this node was declared dead; the attempt was recovered by another node";
  private static final Logger log = LoggerFactory.getLogger(FiredTriggerFence.class);

  private final Jdbc jdbc;
  private final String schedulerName;
  private final String nodeId;
  private final long quickRunMillis;
  private final Runnable onDatabaseError;

  /**
   * @param quickRun runs shorter than this are not re-checked on completion: Quartz declares a node
   *     dead only after a silence longer than its check-in interval, and the veto just checked it
   * @param onDatabaseError called when an attempt failed with an exception: the runner records
   *     every task failure itself, so an exception means the database failed under it
   */
  FiredTriggerFence(
      Jdbc jdbc, String schedulerName, String nodeId, java.time.Duration quickRun, Runnable onDatabaseError) {
    this.jdbc = jdbc;
    this.schedulerName = schedulerName;
    this.nodeId = nodeId;
    this.quickRunMillis = quickRun.toMillis();
    this.onDatabaseError = onDatabaseError;
  }

  @Override
  public String getName() {
    return "taskdeck-fired-trigger-fence";
  }

  @Override
  public boolean vetoJobExecution(Trigger trigger, JobExecutionContext ctx) {
    if (owns(ctx.getFireInstanceId())) {
      return false;
    }
    log.warn(
        "Not running {} (fire {}): this node was declared dead meanwhile and another node recovered it",
        ctx.getJobDetail().getKey(), ctx.getFireInstanceId());
    return true;
  }

  @Override
  public void jobWasExecuted(JobExecutionContext ctx, JobExecutionException e) {
    if (e != null) {
      log.warn("Attempt of {} failed in the engine ({}); reconciliation will repair its trigger", ctx.getJobDetail().getKey(), e.getMessage());
      onDatabaseError.run();
    }
    if (ctx.getJobRunTime() < quickRunMillis || owns(ctx.getFireInstanceId())) {
      return;
    }
    log.warn("Attempt of {} (fire {}) {}; it may have run twice", ctx.getJobDetail().getKey(), ctx.getFireInstanceId(), LATE_NOTE);
    jdbc.update(
        "UPDATE task_execution_log SET error = ? WHERE fire_id = ? AND node_id = ? AND error IS NULL",
        LATE_NOTE, ctx.getFireInstanceId(), nodeId);
  }

  /** True when this node still owns the firing; also true when the database cannot tell (it is down). */
  boolean owns(String fireInstanceId) {
    try {
      return !jdbc.query(
              "SELECT 1 FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = ? AND ENTRY_ID = ? AND INSTANCE_NAME = ?",
              rs -> rs.getInt(1), schedulerName, fireInstanceId, nodeId)
          .isEmpty();
    } catch (RuntimeException e) {
      log.warn("Cannot check ownership of fire {}: {}", fireInstanceId, e.getMessage());
      return true;
    }
  }

  @Override
  public void triggerFired(Trigger trigger, JobExecutionContext ctx) {
    // ownership is checked in vetoJobExecution, which Quartz calls right after
  }

  @Override
  public void triggerMisfired(Trigger trigger) {
    // misfires are the engine's business
  }

  @Override
  public void triggerComplete(Trigger trigger, JobExecutionContext ctx, CompletedExecutionInstruction instruction) {
    // completion is checked in jobWasExecuted, before Quartz deletes the fired-trigger row
  }

  @Override
  public void jobToBeExecuted(JobExecutionContext ctx) {
    // nothing to check before the veto
  }

  @Override
  public void jobExecutionVetoed(JobExecutionContext ctx) {
    // logged in vetoJobExecution
  }
}
