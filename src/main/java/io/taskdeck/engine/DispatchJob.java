package io.taskdeck.engine;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job of every dispatch trigger: it hands the partition to {@link DispatchFiring}. */
public final class DispatchJob implements Job {
  private final DispatchFiring firing;

  DispatchJob(DispatchFiring firing) {
    this.firing = firing;
  }

  @Override
  public void execute(JobExecutionContext context) {
    firing.fire(Integer.parseInt(context.getMergedJobDataMap().getString(DispatchTriggers.PART)));
  }
}
