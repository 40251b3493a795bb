package io.taskdeck.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
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
import org.quartz.SimpleScheduleBuilder;
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
    HikariDataSource pool = PeerPools.open(db.url(), db.user(), db.password(), 4, "bench-harness");
    try {
      BaselineSchema.createIfAbsent(pool, db.label().equals("postgresql"));
      Scheduler scheduler =
          BaselineNode.scheduler(
              db.url(), db.user(), db.password(), NodeIdentity.next("harness"), 1);
      return new BaselineTarget(pool, scheduler, clock);
    } catch (SchedulerException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot prepare the Quartz baseline: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> create(int count, Instant dueAt) {
    Date start = Date.from(dueAt != null ? dueAt : clock.instant());
    List<TriggerBuilder<? extends Trigger>> triggers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      triggers.add(TriggerBuilder.newTrigger().startAt(start));
    }
    return store(triggers);
  }

  /** Simple triggers repeating forever from each anchor, with Quartz's default misfire policy. */
  @Override
  public List<String> createRecurring(List<Instant> anchors, Duration every) {
    SimpleScheduleBuilder repeat =
        SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(every.toMillis())
            .repeatForever();
    return store(
        anchors.stream()
            .map(a -> TriggerBuilder.newTrigger().startAt(Date.from(a)).withSchedule(repeat))
            .toList());
  }

  /** One job per trigger, stored through {@link Scheduler#scheduleJobs} in one call. */
  private List<String> store(List<? extends TriggerBuilder<? extends Trigger>> triggers) {
    Map<JobDetail, Set<? extends Trigger>> jobs = new HashMap<>(triggers.size() * 2);
    List<String> ids = new ArrayList<>(triggers.size());
    for (TriggerBuilder<? extends Trigger> trigger : triggers) {
      String id = UUID.randomUUID().toString();
      JobDetail job =
          JobBuilder.newJob(BaselineRecorder.RecordingJob.class)
              .withIdentity(id, GROUP)
              .requestRecovery(true)
              .build();
      jobs.put(job, Set.of(trigger.withIdentity(id, GROUP).build()));
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
    return ExecutionLog.recorded(pool);
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
