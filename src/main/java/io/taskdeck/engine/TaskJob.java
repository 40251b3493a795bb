package io.taskdeck.engine;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job class of Taskdeck: it hands the firing to {@link AttemptRunner}. Attempts of
 * one task never overlap.
 */
@DisallowConcurrentExecution
public final class TaskJob implements Job {
  private final AttemptRunner runner;

  TaskJob(AttemptRunner runner) {
    this.runner = runner;
  }

  @Override
  public void execute(JobExecutionContext context) {
    runner.run(Firing.of(context));
  }
}
