package io.taskdeck.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The engine's meters, named as docs/api.md, "Health and metrics" (Prometheus adds {@code _total}
 * and {@code _seconds}). The task-count gauge reads the database at most every 5 seconds.
 */
final class EngineMetrics {
  private static final Duration COUNT_CACHE = Duration.ofSeconds(5);

  private final MeterRegistry registry;
  private final Counter scheduled;
  private final Counter misfires;
  private final Counter retries;
  private final Timer startDelay;
  private final Supplier<Map<TaskStatus, Long>> counter;
  private final Clock clock;
  private volatile Map<TaskStatus, Long> counts = Map.of();
  private volatile Instant countedAt = Instant.EPOCH;

  EngineMetrics(
      MeterRegistry registry,
      Supplier<Map<TaskStatus, Long>> counter,
      LongSupplier deadLetters,
      Clock clock) {
    this.registry = registry;
    this.counter = counter;
    this.clock = clock;
    this.scheduled =
        Counter.builder("taskdeck.tasks.scheduled").description("tasks created").register(registry);
    this.misfires =
        Counter.builder("taskdeck.misfires")
            .description("runs that missed their time")
            .register(registry);
    this.retries =
        Counter.builder("taskdeck.retries")
            .description("attempts scheduled as retries")
            .register(registry);
    Gauge.builder("taskdeck.dead.letters", deadLetters, d -> safe(d))
        .description("dead letters not yet requeued")
        .strongReference(true)
        .register(registry);
    this.startDelay =
        Timer.builder("taskdeck.start.delay")
            .description("actual start minus due time")
            .publishPercentileHistogram()
            .register(registry);
    for (TaskStatus s : TaskStatus.values()) {
      Gauge.builder("taskdeck.tasks", this, m -> m.count(s))
          .tag("status", s.name())
          .description("tasks by status")
          .strongReference(true)
          .register(registry);
    }
  }

  /**
   * Registers {@code taskdeck_cluster_nodes}: the nodes in the cluster view, read at most every 5
   * s.
   */
  void bindClusterNodes(IntSupplier nodes) {
    Gauge.builder(
            "taskdeck.cluster.nodes",
            new CachedCount(nodes, clock, COUNT_CACHE),
            CachedCount::value)
        .description("nodes in the cluster (executing and manage-only)")
        .strongReference(true)
        .register(registry);
  }

  void scheduled(int n) {
    scheduled.increment(n);
  }

  void retried() {
    retries.increment();
  }

  private static double safe(LongSupplier s) {
    try {
      return s.getAsLong();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  void misfired(int n) {
    misfires.increment(n);
  }

  void started(Instant due, Instant started) {
    if (due != null && started != null) {
      startDelay.record(Duration.between(due, started).abs());
    }
  }

  void finished(TaskType type, ExecutionStatus outcome, Duration duration) {
    Counter.builder("taskdeck.executions")
        .description("attempts finished, by task type and outcome")
        .tag("type", type.wireName())
        .tag("outcome", outcome.name())
        .register(registry)
        .increment();
    Timer.builder("taskdeck.execution.duration")
        .description("how long attempts ran")
        .tag("type", type.wireName())
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }

  private double count(TaskStatus s) {
    Instant now = clock.instant();
    if (Duration.between(countedAt, now).compareTo(COUNT_CACHE) > 0) {
      try {
        counts = counter.get();
        countedAt = now;
      } catch (RuntimeException e) {
        return Double.NaN;
      }
    }
    return counts.getOrDefault(s, 0L);
  }

  /**
   * A count read from the database at most once per {@code maxAge}; NaN while it cannot be read.
   */
  private static final class CachedCount {
    private final IntSupplier source;
    private final Clock clock;
    private final Duration maxAge;
    private volatile double value = Double.NaN;
    private volatile Instant readAt = Instant.EPOCH;

    CachedCount(IntSupplier source, Clock clock, Duration maxAge) {
      this.source = source;
      this.clock = clock;
      this.maxAge = maxAge;
    }

    double value() {
      Instant now = clock.instant();
      if (Duration.between(readAt, now).compareTo(maxAge) > 0) {
        try {
          value = source.getAsInt();
        } catch (RuntimeException e) {
          value = Double.NaN;
        }
        readAt = now;
      }
      return value;
    }
  }
}
