package io.taskdeck.engine;

import org.quartz.spi.InstanceIdGenerator;

/**
 * Quartz's instance id generator for Taskdeck: hands Quartz the node id of {@link EngineConfig},
 * which Quartz sets through {@code org.quartz.scheduler.instanceIdGenerator.instanceId}.
 */
public final class ConfiguredInstanceIdGenerator implements InstanceIdGenerator {
  private String instanceId;

  /** Called by Quartz with the configured node id. */
  public void setInstanceId(String instanceId) {
    this.instanceId = instanceId;
  }

  @Override
  public String generateInstanceId() {
    return instanceId == null || instanceId.isBlank() ? NodeIds.generate() : instanceId;
  }
}
