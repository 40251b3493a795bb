package io.taskdeck.engine.cluster;

import org.quartz.SchedulerException;
import org.quartz.listeners.SchedulerListenerSupport;

/**
 * Asks for a reconciliation when Quartz reports an error, such as a database failure while it
 * acquires or fires triggers; such a failure can leave a trigger in ERROR or lose a one-shot one.
 */
final class RepairOnSchedulerError extends SchedulerListenerSupport {
  private final Runnable requestRepair;

  RepairOnSchedulerError(Runnable requestRepair) {
    this.requestRepair = requestRepair;
  }

  @Override
  public void schedulerError(String msg, SchedulerException cause) {
    requestRepair.run();
  }
}
