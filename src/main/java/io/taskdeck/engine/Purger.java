package io.taskdeck.engine;

import io.taskdeck.store.Jdbc;
import io.taskdeck.store.MaintenanceLease;
import io.taskdeck.store.RetentionRepository;
import io.taskdeck.store.RetentionRepository.TaskBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One retention purge: under the cluster-wide lease, deletes old execution rows, then old finished
 * one-shot tasks, {@link RetentionSettings#batchSize()} rows per transaction. Each transaction
 * first renews the lease (and so proves this node still holds it); a node that lost it stops.
 * Between batches it rests briefly, so claims and settlements never queue behind it for long.
 */
final class Purger {
  private static final Logger log = LoggerFactory.getLogger(Purger.class);

  /** The rest between two full batches. */
  private static final Duration REST = Duration.ofMillis(20);

  /**
   * What a purge did.
   *
   * @param leased false when another node held the lease (nothing was done)
   * @param executions execution rows deleted (with those of the deleted tasks)
   * @param tasks tasks deleted
   * @param took how long it took
   */
  record Report(boolean leased, long executions, long tasks, Duration took) {
    static final Report NOT_LEASED = new Report(false, 0, 0, Duration.ZERO);
  }

  /** One batch in one transaction; returns the candidates it found and what it deleted. */
  @FunctionalInterface
  private interface Batch {
    TaskBatch run(java.sql.Connection c) throws java.sql.SQLException;
  }

  private final Jdbc jdbc;
  private final MaintenanceLease lease;
  private final RetentionRepository repo = new RetentionRepository();
  private final RetentionSettings settings;
  private final Clock clock;
  private final RetentionMetrics metrics;
  private final String holder;
  private final BooleanSupplier keepGoing;

  /**
   * @param clock whose time the periods are measured back from (the engine's database clock)
   * @param holder this process's name for the lease (node id and a random part)
   * @param keepGoing false once the engine stops: the purge ends after its current batch
   */
  Purger(
      Jdbc jdbc,
      MaintenanceLease lease,
      RetentionSettings settings,
      Clock clock,
      RetentionMetrics metrics,
      String holder,
      BooleanSupplier keepGoing) {
    this.jdbc = jdbc;
    this.lease = lease;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
    this.holder = holder;
    this.keepGoing = keepGoing;
  }

  /** Purges once if the lease is free; returns what it did. */
  Report purge() {
    if (settings.keepsEverything() || !lease.tryAcquire(holder)) {
      return Report.NOT_LEASED;
    }
    long started = System.nanoTime();
    try {
      Instant now = clock.instant();
      long[] deleted = {0, 0};
      if (!settings.retainExecutions().isZero()) {
        Instant cutoff = now.minus(settings.retainExecutions());
        repeat(
            deleted,
            c -> {
              int n = repo.deleteExecutions(c, cutoff, settings.batchSize());
              return new TaskBatch(n, 0, n);
            });
      }
      if (!settings.retainFinished().isZero()) {
        Instant cutoff = now.minus(settings.retainFinished());
        repeat(deleted, c -> repo.deleteFinishedTasks(c, cutoff, settings.batchSize()));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      metrics.purged(clock.instant(), took);
      if (deleted[0] + deleted[1] > 0) {
        log.info(
            "Retention purge deleted {} execution rows and {} tasks in {} ms",
            deleted[0],
            deleted[1],
            took.toMillis());
      }
      return new Report(true, deleted[0], deleted[1], took);
    } finally {
      lease.release(holder);
    }
  }

  /**
   * Runs batches until one finds fewer candidates than a batch holds, the lease is lost or the
   * engine stops; adds what each committed batch deleted to {@code deleted} (executions, tasks) and
   * to the metrics.
   */
  private void repeat(long[] deleted, Batch batch) {
    while (keepGoing.getAsBoolean()) {
      TaskBatch done = jdbc.inTransaction(c -> lease.renew(c, holder) ? batch.run(c) : null);
      if (done == null) {
        log.warn(
            "Retention purge stopped: this node ({}) no longer holds the retention lease", holder);
        return;
      }
      deleted[0] += done.executions();
      deleted[1] += done.tasks();
      metrics.deletedExecutions(done.executions());
      metrics.deletedTasks(done.tasks());
      if (done.candidates() < settings.batchSize() || done.executions() + done.tasks() == 0) {
        return;
      }
      LockSupport.parkNanos(REST.toNanos());
    }
  }
}
