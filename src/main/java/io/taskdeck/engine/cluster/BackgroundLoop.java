package io.taskdeck.engine.cluster;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs one step again and again. A failing step is logged (once per streak of
 * failures) and retried after a back-off that doubles up to {@link #MAX_BACKOFF}; the loop never
 * dies of an exception. {@link #stop()} is idempotent and waits a bounded time.
 */
final class BackgroundLoop {
  /** One step of the loop; it may block for a while but must return regularly. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
  private static final Duration JOIN_WAIT = Duration.ofSeconds(3);
  private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

  private final String name;
  private final Step step;
  private final Duration pause;
  private final Runnable onFirstFailure;
  private final Thread thread;
  private volatile boolean running;

  /**
   * {@code pause} is the rest between two successful steps (zero for a step that blocks itself).
   */
  BackgroundLoop(String name, Step step, Duration pause) {
    this(name, step, pause, () -> {});
  }

  /**
   * Like the other; {@code onFirstFailure} runs (on the loop) when a step fails after a success.
   */
  BackgroundLoop(String name, Step step, Duration pause, Runnable onFirstFailure) {
    this.name = name;
    this.step = step;
    this.pause = pause;
    this.onFirstFailure = onFirstFailure;
    this.thread = new Thread(this::loop, name);
    this.thread.setDaemon(true);
  }

  synchronized void start() {
    if (!running && thread.getState() == Thread.State.NEW) {
      running = true;
      thread.start();
    }
  }

  boolean running() {
    return running;
  }

  /** Wakes the loop early from its pause or back-off. */
  void nudge() {
    LockSupport.unpark(thread);
  }

  synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    LockSupport.unpark(thread);
    try {
      thread.join(JOIN_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      log.warn("{} did not stop within {}", name, JOIN_WAIT);
    }
  }

  private void loop() {
    Duration backoff = FIRST_BACKOFF;
    boolean failing = false;
    while (running) {
      try {
        step.run();
        if (failing) {
          log.info("{} works again", name);
        }
        failing = false;
        backoff = FIRST_BACKOFF;
        rest(pause);
      } catch (Exception e) {
        if (!failing) {
          log.warn("{} failed, retrying with back-off: {}", name, e.toString());
          onFirstFailure.run();
        }
        failing = true;
        rest(backoff);
        backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
      }
    }
  }

  private void rest(Duration d) {
    if (running && !d.isZero()) {
      LockSupport.parkNanos(d.toNanos());
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }
}
