package io.taskdeck.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a progress line every few seconds: done/total and the rate since the previous line. */
final class Progress {
  static final long EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final String label;
  private long lastNanos = System.nanoTime();
  private long lastDone;

  Progress(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  /** Prints a line when {@link #EVERY_NANOS} passed since the last one. */
  void update(String what, long done, long total) {
    long now = System.nanoTime();
    if (now - lastNanos < EVERY_NANOS) {
      return;
    }
    double rate = (done - lastDone) / ((now - lastNanos) / 1e9);
    out.printf(Locale.ROOT, "  [%s] %s %,d/%,d, %,.0f/s now%n", label, what, done, total, rate);
    out.flush();
    lastNanos = now;
    lastDone = done;
  }

  /** Starts a new phase: the next rate is measured from here. */
  void reset(long done) {
    lastNanos = System.nanoTime();
    lastDone = done;
  }
}
