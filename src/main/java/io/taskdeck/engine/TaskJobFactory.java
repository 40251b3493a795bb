package io.taskdeck.engine;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Gives each firing a {@link TaskJob} or {@link DispatchJob} wired to this engine: no statics. */
final class TaskJobFactory implements JobFactory {
  private volatile AttemptRunner runner;
  private volatile DispatchFiring dispatch;

  void bind(AttemptRunner attemptRunner, DispatchFiring dispatchFiring) {
    this.runner = attemptRunner;
    this.dispatch = dispatchFiring;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<?> type = bundle.getJobDetail().getJobClass();
    if (runner == null || dispatch == null) {
      throw new SchedulerException("the engine is not wired yet");
    }
    if (type == TaskJob.class) {
      return new TaskJob(runner);
    }
    if (type == DispatchJob.class) {
      return new DispatchJob(dispatch);
    }
    throw new SchedulerException("unknown job class " + type.getName());
  }
}
