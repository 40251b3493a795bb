package io.taskdeck.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge {@link RetentionSettings#FIRST_DELAY} after start, then every {@link
 * RetentionSettings#interval()}, on its own daemon thread. A failing purge is logged and tried
 * again at the next turn. After each purge it asks the database to give free space back (H2's
 * online compaction): after a large purge, and whenever the file is over 32 MiB and twice its size
 * after the last compaction (H2's MVCC churn grows the file much faster than its live data).
 * Idempotent {@link #start()} and {@link #stop()}; stop waits a bounded time.
 */
final class RetentionLoop {
  private static final Logger log = LoggerFactory.getLogger(RetentionLoop.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  /** After a purge that deleted at least this many rows, the database is asked to compact. */
  static final long COMPACT_AFTER = 10_000;

  /** Without a large purge, a file smaller than this is left as it is. */
  static final long COMPACT_FLOOR = 32L << 20;

  private final Purger purger;
  private final LongFunction<Optional<long[]>> compaction;

  /** The file size after the last compaction (0: none yet). */
  private long compactedSize;

  private final Duration first;
  private final Duration interval;
  private ScheduledExecutorService timer;
  private volatile boolean running;

  /**
   * {@code compaction} compacts the database file if it has at least the given size, and returns
   * its size before and after, if it did.
   */
  RetentionLoop(
      Purger purger, LongFunction<Optional<long[]>> compaction, Duration first, Duration interval) {
    this.purger = purger;
    this.compaction = compaction;
    this.first = first;
    this.interval = interval;
  }

  /** False once {@link #stop()} was called: a purge under way ends after its current batch. */
  boolean running() {
    return running;
  }

  synchronized void start() {
    if (timer != null) {
      return;
    }
    running = true;
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "taskdeck-retention");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        this::purgeQuietly, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized void stop() {
    if (timer == null) {
      return;
    }
    running = false;
    timer.shutdown();
    try {
      if (!timer.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      timer.shutdownNow();
    }
    timer = null;
  }

  private void purgeQuietly() {
    try {
      Purger.Report report = purger.purge();
      boolean large = report.executions() + report.tasks() >= COMPACT_AFTER;
      if (running) {
        compaction
            .apply(large ? 0 : Math.max(COMPACT_FLOOR, 2 * compactedSize))
            .ifPresent(
                sizes -> {
                  compactedSize = sizes[1];
                  log.info(
                      "Database file compacted: {} KiB before, {} KiB after",
                      sizes[0] >> 10,
                      sizes[1] >> 10);
                });
      }
    } catch (RuntimeException e) {
      log.warn("Retention purge failed (tried again in {}): {}", interval, e.getMessage());
    }
  }
}
