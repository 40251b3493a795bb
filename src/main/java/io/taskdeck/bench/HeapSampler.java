package io.taskdeck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's used heap every {@value #PERIOD_MS} ms and keeps the highest value: the peak
 * heap a run needed (it includes garbage not yet collected, so it depends on -Xmx and the GC).
 */
final class HeapSampler implements AutoCloseable {
  static final long PERIOD_MS = 100;
  private static final double MB = 1024.0 * 1024.0;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bench-heap-sampler");
            t.setDaemon(true);
            return t;
          });

  HeapSampler start() {
    timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    return this;
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(used, Math::max);
  }

  /** The highest used heap seen so far, in MiB. */
  double peakMb() {
    sample();
    return peak.get() / MB;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
