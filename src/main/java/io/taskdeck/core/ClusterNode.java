package io.taskdeck.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One instance of a Taskdeck cluster, as the cluster view shows it.
 *
 * @param nodeId the node's id (its Quartz instance id)
 * @param host the host it runs on
 * @param mode whether it runs tasks or only manages them
 * @param lastCheckin its last heartbeat, on the database clock
 * @param running attempts it was running at its last heartbeat
 * @param health ok, stale (no heartbeat for twice its interval) or clock-skewed
 */
public record ClusterNode(
    String nodeId, String host, Mode mode, Instant lastCheckin, int running, Health health) {

  public ClusterNode {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(health, "health");
  }

  /**
   * How a node takes part: {@code executing} runs tasks, {@code manage-only} (--no-execute) does
   * not.
   */
  public enum Mode {
    EXECUTING,
    MANAGE_ONLY;

    /** The wire name: {@code executing} or {@code manage-only}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** {@code ok}, {@code stale} or {@code clock-skewed}. */
  public enum Health {
    OK,
    STALE,
    CLOCK_SKEWED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
