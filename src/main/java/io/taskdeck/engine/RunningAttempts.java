package io.taskdeck.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attempts running on this node: counted from their start until their settlement commits (so
 * shutdown can wait for them), and, while their payload runs, the worker thread running it (so
 * shutdown or a person's stop can interrupt it: shells are killed, HTTP calls cancelled). A thread
 * is interrupted only while it runs that attempt's payload, never after it went on to another.
 */
final class RunningAttempts {
  private final Map<Long, Boolean> running = new ConcurrentHashMap<>();
  private final Map<Long, Thread> executing = new ConcurrentHashMap<>();
  private final Set<Long> stopped = ConcurrentHashMap.newKeySet();
  private final Map<Long, LiveOutput> outputs = new ConcurrentHashMap<>();

  /**
   * The calling thread starts running attempt {@code logId}'s payload; returns where its output
   * shows.
   */
  LiveOutput add(long logId) {
    running.put(logId, Boolean.TRUE);
    executing.put(logId, Thread.currentThread());
    LiveOutput live = new LiveOutput();
    outputs.put(logId, live);
    return live;
  }

  /** The output so far of each attempt whose payload runs now, by log id. */
  Map<Long, LiveOutput> outputs() {
    return Map.copyOf(outputs);
  }

  /**
   * The payload of {@code logId} returned; no interrupt reaches this thread for it any more (one
   * that landed after the payload returned is cleared). True when a person asked to stop it.
   */
  synchronized boolean endRun(long logId) {
    executing.remove(logId);
    outputs.remove(logId);
    Thread.interrupted();
    return stopped.remove(logId);
  }

  /** Its settlement committed. */
  void remove(long logId) {
    synchronized (this) {
      running.remove(logId);
      notifyAll();
    }
  }

  int count() {
    return running.size();
  }

  /** Stops attempt {@code logId} if its payload runs here now; true when it did. */
  synchronized boolean stop(long logId) {
    Thread t = executing.get(logId);
    if (t == null) {
      return false;
    }
    stopped.add(logId);
    t.interrupt();
    return true;
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

  /** Interrupts every attempt whose payload runs now. */
  synchronized void interruptAll() {
    executing.values().forEach(Thread::interrupt);
  }
}
