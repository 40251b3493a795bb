package io.taskdeck.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The retention purge's meters: {@code taskdeck_retention_deleted_total{kind}}, {@code
 * taskdeck_retention_last_purge_timestamp_seconds} and {@code
 * taskdeck_retention_last_purge_duration_seconds} (both 0 until this node has purged).
 */
final class RetentionMetrics {
  private final Counter executions;
  private final Counter tasks;
  private final AtomicLong lastPurgeMillis = new AtomicLong();
  private final AtomicLong lastDurationMillis = new AtomicLong();

  RetentionMetrics(MeterRegistry registry) {
    this.executions = deleted(registry, "executions");
    this.tasks = deleted(registry, "tasks");
    Gauge.builder("taskdeck.retention.last.purge.timestamp", lastPurgeMillis, v -> v.get() / 1000.0)
        .baseUnit("seconds")
        .description("when this node last finished a retention purge (Unix time; 0: never)")
        .strongReference(true)
        .register(registry);
    Gauge.builder(
            "taskdeck.retention.last.purge.duration", lastDurationMillis, v -> v.get() / 1000.0)
        .baseUnit("seconds")
        .description("how long this node's last retention purge took")
        .strongReference(true)
        .register(registry);
  }

  private static Counter deleted(MeterRegistry registry, String kind) {
    return Counter.builder("taskdeck.retention.deleted")
        .tag("kind", kind)
        .description(
            "rows deleted by the retention purge (executions: execution rows; tasks: finished one-shot tasks)")
        .register(registry);
  }

  void deletedExecutions(int n) {
    executions.increment(n);
  }

  void deletedTasks(int n) {
    tasks.increment(n);
  }

  void purged(Instant finishedAt, Duration took) {
    lastPurgeMillis.set(finishedAt.toEpochMilli());
    lastDurationMillis.set(took.toMillis());
  }
}
