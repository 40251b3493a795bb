package io.taskdeck.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Stock Quartz on a fresh database: Quartz's own tables, and a scheduler in the harness that is
 * never started, used only to store one job and one trigger per task through {@link
 * Scheduler#scheduleJobs} (Quartz's bulk path).
 */
final class BaselineTarget implements BenchTarget, TaskFeeder {
  private static final String GROUP = "bench";

  private final HikariDataSource pool;
  private final Scheduler scheduler;
  private final Clock clock;

  private BaselineTarget(HikariDataSource pool, Scheduler scheduler, Clock clock) {
    this.pool = pool;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  static BaselineTarget open(ScratchDatabase db, Clock clock) {
    HikariDataSource pool = BaselineNode.pool(db.url(), db.user(), db.password(), 4, "bench-harness");
    try {
      BaselineSchema.createIfAbsent(pool, db.label().equals("postgresql"));
      Scheduler scheduler =
          BaselineNode.scheduler(db.url(), db.user(), db.password(), NodeIdentity.next("harness"), 1);
      return new BaselineTarget(pool, scheduler, clock);
    } catch (SchedulerException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot prepare the Quartz baseline: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> create(int count, Instant dueAt) {
    Date start = Date.from(dueAt != null ? dueAt : clock.instant());
    Map<JobDetail, Set<? extends Trigger>> jobs = new HashMap<>(count * 2);
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      JobDetail job =
          JobBuilder.newJob(BaselineRecorder.RecordingJob.class)
              .withIdentity(id, GROUP)
              .requestRecovery(true)
              .build();
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(id, GROUP).startAt(start).build();
      jobs.put(job, Set.of(trigger));
      ids.add(id);
    }
    try {
      scheduler.scheduleJobs(jobs, false);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz could not store the jobs: " + e.getMessage(), e);
    }
    return ids;
  }

  @Override
  public TaskFeeder feeder() {
    return this;
  }

  @Override
  public ExecutionLog executionLog() {
    return ExecutionLog.baseline(pool, BaselineSchema.EXECUTION_TABLE);
  }

  @Override
  public long storedTaskCount() {
    return SqlCounts.count(pool, "SELECT COUNT(*) FROM QRTZ_TRIGGERS");
  }

  @Override
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot close the Quartz baseline scheduler", e);
    } finally {
      pool.close();
    }
  }
}
