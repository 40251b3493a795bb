package io.taskdeck.engine;

import java.time.Clock;
import java.time.Duration;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of every dispatch trigger: it hands the partition to {@link Claimer}. Quartz fires
 * by this node's own clock; a node whose clock runs ahead of the database's (by less than the skew
 * limit, or it would not execute) waits until the trigger's time has come on the database clock, so
 * that it does not fire, find nothing due yet and chain to itself again and again.
 */
public final class DispatchJob implements Job {
  private final Claimer claimer;
  private final Clock clock;
  private final Duration maxWait;

  DispatchJob(Claimer claimer, Clock clock, Duration maxWait) {
    this.claimer = claimer;
    this.clock = clock;
    this.maxWait = maxWait;
  }

  @Override
  public void execute(JobExecutionContext context) {
    long early = context.getScheduledFireTime().getTime() - clock.millis();
    if (early > 0) {
      try {
        Thread.sleep(Math.min(early, maxWait.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    claimer.fire(Integer.parseInt(context.getMergedJobDataMap().getString(QuartzGateway.PART)));
  }
}
