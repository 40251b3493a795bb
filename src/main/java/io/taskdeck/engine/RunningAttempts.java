package io.taskdeck.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The attempts running on this node, so shutdown can wait for them or interrupt them. */
final class RunningAttempts {
  private final Map<Long, Thread> running = new ConcurrentHashMap<>();

  void add(long logId) {
    running.put(logId, Thread.currentThread());
  }

  void remove(long logId) {
    synchronized (this) {
      running.remove(logId);
      notifyAll();
    }
  }

  int count() {
    return running.size();
  }

  /** Waits until none runs or {@code timeout} passes; true when none runs. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!running.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** Interrupts every running attempt: shells are killed and HTTP calls cancelled. */
  void interruptAll() {
    running.values().forEach(Thread::interrupt);
  }
}
