package io.taskdeck.engine;

import io.taskdeck.core.Bounds;
import io.taskdeck.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TaskEngine} runs. Build with {@link #builder()}; every value has a named default and
 * is checked when set.
 *
 * @param nodeId this node's id in the cluster (Quartz instance id), unique per process
 * @param workerThreads how many attempts run at once on this node
 * @param execute false for manage-only mode: the Quartz scheduler is never started
 * @param idleWait how long the scheduler sleeps when nothing is due (Quartz idleWaitTime)
 * @param misfireThreshold how late a run may start before it counts as missed
 * @param shutdownGrace how long {@link TaskEngine#stop()} lets running attempts finish
 * @param checkinInterval the heartbeat interval (our {@code cluster_node} check-in and Quartz's)
 * @param deadAfter an incarnation whose check-in is older than this (database clock) is not alive:
 *     any node releases its claims. A node stops starting work once its own check-in is older than
 *     this minus one check-in interval. Default: three check-in intervals plus one second
 * @param maxClockSkew a node whose clock is further than this from the database's does not execute
 * @param repairInterval how often the full reconciliation runs
 * @param taskEnvironment what a shell task sees of this process's environment
 * @param minInterval the shortest interval a task may have (at least {@link Bounds#MIN_INTERVAL})
 * @param retention how long old execution rows and finished tasks are kept
 * @param auditRetention audit rows older than this are deleted by the repair loop; zero keeps them
 *     all
 */
public record EngineConfig(
    String nodeId,
    int workerThreads,
    boolean execute,
    Duration idleWait,
    Duration misfireThreshold,
    Duration shutdownGrace,
    Duration checkinInterval,
    Duration deadAfter,
    Duration maxClockSkew,
    Duration repairInterval,
    Clock clock,
    TaskEnvironment taskEnvironment,
    Duration minInterval,
    RetentionSettings retention,
    Duration auditRetention) {

  public static final int DEFAULT_WORKER_THREADS = 10;
  public static final Duration DEFAULT_IDLE_WAIT = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MISFIRE_THRESHOLD = Duration.ofSeconds(60);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
  public static final Duration DEFAULT_CHECKIN_INTERVAL = Duration.ofSeconds(3);
  public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofSeconds(2);
  public static final Duration DEFAULT_REPAIR_INTERVAL = Duration.ofSeconds(60);
  public static final Duration DEFAULT_AUDIT_RETENTION = Duration.ofDays(365);

  public EngineConfig {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(taskEnvironment, "taskEnvironment");
    Objects.requireNonNull(retention, "retention");
    atLeast(minInterval, Bounds.MIN_INTERVAL, "min_interval");
    if (nodeId.isBlank() || nodeId.length() > 180) {
      throw new ValidationException("node_id", "node id must be 1 to 180 characters");
    }
    if (workerThreads < 1 || workerThreads > 500) {
      throw new ValidationException("worker_threads", "worker threads must be between 1 and 500");
    }
    atLeast(idleWait, Duration.ofSeconds(1), "idle_wait"); // Quartz refuses less
    atLeast(misfireThreshold, Duration.ofMillis(100), "misfire_threshold");
    atLeast(shutdownGrace, Duration.ZERO, "shutdown_grace");
    atLeast(checkinInterval, Duration.ofMillis(500), "checkin_interval");
    atLeast(deadAfter, checkinInterval.multipliedBy(2), "dead_after");
    atLeast(maxClockSkew, Duration.ofMillis(100), "max_clock_skew");
    atLeast(repairInterval, Duration.ofSeconds(1), "repair_interval");
    atLeast(auditRetention, Duration.ZERO, "retain_audit");
  }

  /** The default detection bound for a check-in interval: three intervals plus a second. */
  public static Duration defaultDeadAfter(Duration checkinInterval) {
    return checkinInterval.multipliedBy(3).plusSeconds(1);
  }

  private static void atLeast(Duration d, Duration min, String field) {
    if (d == null || d.compareTo(min) < 0) {
      throw new ValidationException(field, field + " must be at least " + min + ", was " + d);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from the defaults (node id: {@link NodeIds#generate()}). */
  public static final class Builder {
    private String nodeId;
    private int workerThreads = DEFAULT_WORKER_THREADS;
    private boolean execute = true;
    private Duration idleWait = DEFAULT_IDLE_WAIT;
    private Duration misfireThreshold = DEFAULT_MISFIRE_THRESHOLD;
    private Duration shutdownGrace = DEFAULT_SHUTDOWN_GRACE;
    private Duration checkinInterval = DEFAULT_CHECKIN_INTERVAL;
    private Duration deadAfter;
    private Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
    private Duration repairInterval = DEFAULT_REPAIR_INTERVAL;
    private Clock clock = Clock.systemUTC();
    private TaskEnvironment taskEnvironment = TaskEnvironment.DEFAULT;
    private Duration minInterval = Bounds.MIN_INTERVAL;
    private RetentionSettings retention = RetentionSettings.DEFAULT;
    private Duration auditRetention = DEFAULT_AUDIT_RETENTION;

    private Builder() {}

    public Builder nodeId(String v) {
      this.nodeId = v;
      return this;
    }

    public Builder workerThreads(int v) {
      this.workerThreads = v;
      return this;
    }

    public Builder execute(boolean v) {
      this.execute = v;
      return this;
    }

    public Builder idleWait(Duration v) {
      this.idleWait = v;
      return this;
    }

    public Builder misfireThreshold(Duration v) {
      this.misfireThreshold = v;
      return this;
    }

    public Builder shutdownGrace(Duration v) {
      this.shutdownGrace = v;
      return this;
    }

    public Builder checkinInterval(Duration v) {
      this.checkinInterval = v;
      return this;
    }

    /** Null (the default) means {@link EngineConfig#defaultDeadAfter} of the check-in interval. */
    public Builder deadAfter(Duration v) {
      this.deadAfter = v;
      return this;
    }

    public Builder maxClockSkew(Duration v) {
      this.maxClockSkew = v;
      return this;
    }

    public Builder repairInterval(Duration v) {
      this.repairInterval = v;
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    public Builder taskEnvironment(TaskEnvironment v) {
      this.taskEnvironment = v;
      return this;
    }

    public Builder minInterval(Duration v) {
      this.minInterval = v;
      return this;
    }

    public Builder retention(RetentionSettings v) {
      this.retention = v;
      return this;
    }

    /** How long audit rows are kept; zero keeps them all. */
    public Builder auditRetention(Duration v) {
      this.auditRetention = v;
      return this;
    }

    public EngineConfig build() {
      String id = nodeId == null || nodeId.isBlank() ? NodeIds.generate() : nodeId;
      Duration dead =
          deadAfter != null
              ? deadAfter
              : checkinInterval == null ? null : defaultDeadAfter(checkinInterval);
      return new EngineConfig(
          id,
          workerThreads,
          execute,
          idleWait,
          misfireThreshold,
          shutdownGrace,
          checkinInterval,
          dead,
          maxClockSkew,
          repairInterval,
          clock,
          taskEnvironment,
          minInterval,
          retention,
          auditRetention);
    }
  }
}
