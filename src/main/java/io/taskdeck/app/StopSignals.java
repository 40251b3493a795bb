package io.taskdeck.app;

import java.util.List;
import sun.misc.Signal;

/**
 * Takes SIGTERM and SIGINT away from the JVM's shutdown sequence, so the server can stop in order
 * (HTTP, then the engine, then the database) before any shutdown hook runs. Otherwise the embedded
 * H2's own hook closes the database under attempts that are still finishing.
 */
final class StopSignals {
  private StopSignals() {}

  /** Runs {@code onStop} on SIGTERM or SIGINT; returns false when the platform allows neither. */
  static boolean handle(Runnable onStop) {
    boolean handled = false;
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal.handle(new Signal(name), signal -> onStop.run());
        handled = true;
      } catch (IllegalArgumentException e) {
        // this platform does not deliver the signal, or the JVM reserves it
      }
    }
    return handled;
  }
}
