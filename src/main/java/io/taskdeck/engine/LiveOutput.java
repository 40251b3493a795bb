package io.taskdeck.engine;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a running attempt has written so far, for the tail that {@link OutputTails} stores while it
 * runs. The executor attaches its buffers once the process runs; an attempt without output (HTTP,
 * no-op) never attaches and is never written.
 */
final class LiveOutput {
  private Supplier<String> text;
  private LongSupplier size;
  private long taken;

  /** {@code text} renders the output so far; {@code size} counts the bytes written, growing. */
  synchronized void attach(Supplier<String> text, LongSupplier size) {
    this.text = text;
    this.size = size;
  }

  /** The output when it grew since the last call; null when it did not (or nothing is attached). */
  synchronized String takeIfGrown() {
    if (size == null) {
      return null;
    }
    long now = size.getAsLong();
    if (now == taken) {
      return null;
    }
    taken = now;
    return text.get();
  }
}
