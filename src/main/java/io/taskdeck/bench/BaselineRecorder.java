package io.taskdeck.bench;

import java.sql.SQLException;
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
 * The baseline's no-op job: it records each execution (task id = job name, due time as {@link #due}
 * says) in the {@link RecordingTable}.
 */
final class BaselineRecorder implements JobFactory {
  private final RecordingTable table;

  BaselineRecorder(DataSource dataSource, String nodeId, Clock clock) {
    this.table = new RecordingTable(dataSource, nodeId, clock);
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
    return new RecordingJob(this);
  }

  void record(JobExecutionContext context) throws JobExecutionException {
    try {
      table.record(context.getJobDetail().getKey().getName(), due(context));
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
