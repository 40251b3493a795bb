package io.taskdeck.engine;

/** A smoothed events-per-second figure over one-second windows (not thread-safe: callers lock). */
final class RateMeter {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private long windowStart = System.nanoTime();
  private long count;
  private double perSecond;

  void add(long n) {
    roll();
    count += n;
  }

  double perSecond() {
    roll();
    return perSecond;
  }

  private void roll() {
    long now = System.nanoTime();
    long elapsed = now - windowStart;
    if (elapsed >= WINDOW_NANOS) {
      double current = count * (double) WINDOW_NANOS / elapsed;
      perSecond = elapsed >= 3 * WINDOW_NANOS ? current : 0.5 * perSecond + 0.5 * current;
      windowStart = now;
      count = 0;
    }
  }
}
