package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.impl.triggers.SimpleTriggerImpl;
import org.quartz.spi.TriggerFiredBundle;

/** The fence decides from Quartz's fired-trigger rows whether this node still owns a firing. */
@Tag("db")
class FiredTriggerFenceTest {
  @TempDir Path dir;
  private TestDatabase tdb;
  private Database db;
  private Jdbc jdbc;
  private final AtomicInteger repairs = new AtomicInteger();
  private FiredTriggerFence fence;

  @BeforeEach
  void openDatabase() {
    tdb = TestDatabases.h2(dir);
    db = tdb.open();
    jdbc = new Jdbc(db.dataSource());
    fence = new FiredTriggerFence(jdbc, "Taskdeck", "node-a", Duration.ofSeconds(1), repairs::incrementAndGet);
  }

  @AfterEach
  void close() {
    db.close();
    tdb.close();
  }

  @Test
  void aFiringThisNodeStillHoldsRuns() {
    fired("fire-1", "node-a");
    assertThat(fence.vetoJobExecution(null, context("fire-1"))).isFalse();
  }

  @Test
  void aFiringWhoseRowARecoveringNodeDeletedIsVetoed() {
    assertThat(fence.vetoJobExecution(null, context("fire-1"))).isTrue();
  }

  @Test
  void aFiringRecordedForAnotherNodeIsNotOwned() {
    fired("fire-1", "node-b");
    assertThat(fence.owns("fire-1")).isFalse();
  }

  @Test
  void anAttemptThatFinishesAfterItsFiringWasRecoveredIsNotedOnItsExecutionRow() {
    jdbc.update(
        "INSERT INTO task_execution_log (task_id, attempt, node_id, status, fire_id) VALUES (?, 1, 'node-a', 'SUCCESS', 'fire-1')",
        java.util.UUID.randomUUID());
    fence.jobWasExecuted(context("fire-1"), null);
    assertThat(jdbc.query("SELECT error FROM task_execution_log", rs -> rs.getString(1)))
        .containsExactly(FiredTriggerFence.LATE_NOTE);
  }

  @Test
  void anAttemptThatFailedInTheEngineAsksForARepair() {
    fired("fire-1", "node-a");
    fence.jobWasExecuted(context("fire-1"), new JobExecutionException("database is down"));
    assertThat(repairs).hasValue(1);
  }

  private void fired(String entryId, String node) {
    jdbc.update(
        "INSERT INTO QRTZ_FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME,"
            + " FIRED_TIME, SCHED_TIME, PRIORITY, STATE) VALUES ('Taskdeck', ?, 't', 'tasks', ?, 0, 0, 5, 'EXECUTING')",
        entryId, node);
  }

  private static JobExecutionContext context(String fireInstanceId) {
    JobDetail job = JobBuilder.newJob(org.quartz.Job.class).withIdentity("job", "tasks").build();
    SimpleTriggerImpl trigger = new SimpleTriggerImpl("t", "tasks", new Date());
    trigger.setFireInstanceId(fireInstanceId);
    Date now = new Date();
    JobExecutionContextImpl ctx =
        new JobExecutionContextImpl(null, new TriggerFiredBundle(job, trigger, null, false, now, now, null, null), c -> {});
    ctx.setJobRunTime(10_000); // a long attempt: the node may have been declared dead meanwhile
    return ctx;
  }
}
