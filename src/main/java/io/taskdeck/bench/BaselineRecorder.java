package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * The baseline's no-op job: it records each execution (task id = job name, due time as {@link
 * #due} says) in {@code bench_execution}, one insert per execution, as Taskdeck writes one log row
 * per attempt.
 */
final class BaselineRecorder implements JobFactory {
  private static final String INSERT =
      "INSERT INTO "
          + BaselineSchema.EXECUTION_TABLE
          + " (task_id, node_id, scheduled_for, started_at, finished_at, status)"
          + " VALUES (?, ?, ?, ?, ?, 'SUCCESS')";

  private final DataSource dataSource;
  private final String nodeId;
  private final Clock clock;

  BaselineRecorder(DataSource dataSource, String nodeId, Clock clock) {
    this.dataSource = dataSource;
    this.nodeId = nodeId;
    this.clock = clock;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
    return new RecordingJob(this);
  }

  void record(JobExecutionContext context) throws JobExecutionException {
    Instant started = clock.instant();
    Instant due = due(context);
    Instant finished = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, context.getJobDetail().getKey().getName());
      ps.setString(2, nodeId);
      ps.setTimestamp(3, Timestamp.from(due));
      ps.setTimestamp(4, Timestamp.from(started));
      ps.setTimestamp(5, Timestamp.from(finished));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new JobExecutionException("cannot record the execution: " + e.getMessage(), e);
    }
  }

  /**
   * The occurrence an execution stands for: a one-shot trigger's start time (a misfire moves its
   * scheduled fire time to now, which would hide the delay), a repeating trigger's scheduled fire
   * time (Quartz keeps it on the trigger's schedule).
   */
  static Instant due(JobExecutionContext context) {
    Trigger trigger = context.getTrigger();
    boolean repeating = trigger instanceof SimpleTrigger simple && simple.getRepeatCount() != 0;
    return (repeating ? context.getScheduledFireTime() : trigger.getStartTime()).toInstant();
  }

  /** The no-op job stored in Quartz's tables; the recorder's factory gives it the recorder. */
  public static final class RecordingJob implements Job {
    private final BaselineRecorder recorder;

    RecordingJob(BaselineRecorder recorder) {
      this.recorder = recorder;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
      recorder.record(context);
    }
  }
}
