package io.taskdeck.engine;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Gives each firing of a dispatch trigger a {@link DispatchJob} wired to this engine: no statics.
 */
final class TaskJobFactory implements JobFactory {
  private volatile java.util.function.Supplier<DispatchJob> jobs;

  void bind(java.util.function.Supplier<DispatchJob> dispatchJobs) {
    this.jobs = dispatchJobs;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<?> type = bundle.getJobDetail().getJobClass();
    if (jobs == null) {
      throw new SchedulerException("the engine is not wired yet");
    }
    if (type == DispatchJob.class) {
      return jobs.get();
    }
    throw new SchedulerException("unknown job class " + type.getName());
  }
}
