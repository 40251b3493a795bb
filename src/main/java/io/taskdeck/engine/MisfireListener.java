package io.taskdeck.engine;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts misfires of task triggers (taskdeck_misfires_total). */
final class MisfireListener extends TriggerListenerSupport {
  private static final Logger log = LoggerFactory.getLogger(MisfireListener.class);
  private final EngineMetrics metrics;

  private MisfireListener(EngineMetrics metrics) {
    this.metrics = metrics;
  }

  static void register(Scheduler scheduler, EngineMetrics metrics) {
    try {
      scheduler.getListenerManager()
          .addTriggerListener(new MisfireListener(metrics), GroupMatcher.triggerGroupEquals(TaskKeys.GROUP));
    } catch (SchedulerException e) {
      log.warn("Misfires will not be counted: {}", e.getMessage());
    }
  }

  @Override
  public String getName() {
    return "taskdeck-misfires";
  }

  @Override
  public void triggerMisfired(Trigger trigger) {
    metrics.misfired();
    log.info("Trigger {} misfired", trigger.getKey());
  }
}
