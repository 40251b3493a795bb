package io.taskdeck.engine;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Gives each firing a {@link TaskJob} wired to this engine's services: no statics. */
final class TaskJobFactory implements JobFactory {
  private volatile AttemptRunner runner;

  void bind(AttemptRunner attemptRunner) {
    this.runner = attemptRunner;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<?> type = bundle.getJobDetail().getJobClass();
    if (type != TaskJob.class) {
      throw new SchedulerException("unknown job class " + type.getName());
    }
    if (runner == null) {
      throw new SchedulerException("the engine is not wired yet");
    }
    return new TaskJob(runner);
  }
}
