package io.taskdeck.engine;

import io.taskdeck.core.TaskStatus;
import io.taskdeck.engine.Dispatched.Finished;
import io.taskdeck.engine.Dispatched.Waiting;
import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.DispatchRepository.Claimed;
import io.taskdeck.store.DispatchRepository.Settlement;
import io.taskdeck.store.DispatchRepository.Started;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this node's claimed tasks: each waits until its due time, then starts on one of the worker
 * threads, highest priority first among those due. Two threads write to the database, each in
 * rounds that group-commit whatever is ready: the starter starts as many due tasks as there are
 * free workers in one transaction, and the settler commits the outcomes of finished attempts in
 * another. An attempt counts as running until its settlement is committed; nothing is acknowledged
 * before it is durable.
 */
final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int MAX_SETTLE = 2000;
  private static final long IDLE_WAIT_MS = 100;
  private static final long RETRY_WAIT_MS = 500;
  /** How far ahead claims reach (see {@link DispatchFiring#LOOKAHEAD}). */
  private static final double HORIZON_MS = DispatchFiring.LOOKAHEAD.toMillis();

  private final DispatchRepository repo;
  private final DispatchSettler settler;
  private final EngineParts parts;
  private final Clock clock;
  private final String nodeId;
  private final int workers;
  private final ExecutorService pool;
  private final Thread startThread;
  private final Thread settleThread;
  private final AtomicLong seq = new AtomicLong();
  private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(Comparator.comparing(Waiting::due).thenComparingLong(Waiting::seq));
  private final PriorityQueue<Waiting> ready = new PriorityQueue<>(Waiting.READY_ORDER);
  private final List<Finished> finished = new ArrayList<>();
  private double avgAttemptMillis;
  private int busy;
  private boolean accepting = true;
  private boolean stopping;

  Dispatcher(DispatchRepository repo, DispatchSettler settler, EngineParts parts, Clock clock, String nodeId, int workers) {
    this.repo = repo;
    this.settler = settler;
    this.parts = parts;
    this.clock = clock;
    this.nodeId = nodeId;
    this.workers = workers;
    this.pool = Executors.newFixedThreadPool(workers, daemon("taskdeck-dispatch-worker"));
    this.startThread = daemon("taskdeck-dispatch-starter").newThread(this::startLoop);
    this.settleThread = daemon("taskdeck-dispatch-settler").newThread(this::settleLoop);
  }

  void start() {
    startThread.start();
    settleThread.start();
  }

  /**
   * How many more tasks this node should claim, at most {@code max}: what its workers can start
   * within the claim horizon of half a second (its free workers now, plus, for attempts shorter than
   * that, as many more as each worker gets through meanwhile at the recent attempt duration), minus
   * what it already holds. So a node never hoards work that another node could start sooner.
   */
  synchronized int room(int max) {
    if (!accepting) {
      return 0;
    }
    long capacity = workers - busy;
    if (avgAttemptMillis > 0 && avgAttemptMillis < HORIZON_MS) {
      capacity += (long) (workers * (HORIZON_MS / avgAttemptMillis));
    }
    return (int) Math.max(0, Math.min(max, capacity - waiting.size() - ready.size()));
  }

  /** Takes claimed tasks; once the dispatcher is quiesced, they go straight back to the queue. */
  void accept(List<Claimed> claims) {
    synchronized (this) {
      if (accepting) {
        for (Claimed c : claims) {
          waiting.add(new Waiting(c, seq.incrementAndGet()));
        }
        notifyAll();
        return;
      }
    }
    repo.release(claims, nodeId);
  }

  /**
   * Stops taking work and returns the claims not started yet to the queue; returns them so the
   * caller can make sure their partitions fire again.
   */
  List<Claimed> quiesce() {
    List<Claimed> left = new ArrayList<>();
    synchronized (this) {
      accepting = false;
      waiting.forEach(w -> left.add(w.claim()));
      ready.forEach(w -> left.add(w.claim()));
      waiting.clear();
      ready.clear();
    }
    int released = repo.release(left, nodeId);
    if (released > 0) {
      log.info("Returned {} claimed tasks that had not started to the queue", released);
    }
    return left;
  }

  /** Waits for the running attempts (interrupting them after {@code grace}), settles them, stops. */
  void stop(Duration grace) throws InterruptedException {
    synchronized (this) {
      accepting = false;
    }
    pool.shutdown();
    if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      pool.shutdownNow().forEach(r -> ((Attempt) r).abandon());
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
    synchronized (this) {
      stopping = true;
      notifyAll();
    }
    startThread.join(10_000);
    settleThread.join(10_000);
  }

  private void startLoop() {
    while (true) {
      List<Waiting> starts;
      synchronized (this) {
        promoteDue();
        starts = takeStarts();
        if (starts.isEmpty()) {
          if (stopping) {
            return;
          }
          waitForWork(true);
          continue;
        }
      }
      commitStarts(starts);
    }
  }

  private void settleLoop() {
    while (true) {
      List<Finished> settles;
      synchronized (this) {
        settles = takeSettles();
        if (settles.isEmpty()) {
          if (stopping && busy == 0) {
            return;
          }
          waitForWork(false);
          continue;
        }
      }
      commitSettles(settles);
    }
  }

  private void promoteDue() {
    Instant now = clock.instant();
    while (!waiting.isEmpty() && !waiting.peek().due().isAfter(now)) {
      ready.add(waiting.poll());
    }
  }

  private List<Waiting> takeStarts() {
    List<Waiting> out = new ArrayList<>();
    while (!stopping && busy < workers && !ready.isEmpty()) {
      out.add(ready.poll());
      busy++;
    }
    return out;
  }

  private List<Finished> takeSettles() {
    int n = Math.min(finished.size(), MAX_SETTLE);
    List<Finished> out = new ArrayList<>(finished.subList(0, n));
    finished.subList(0, n).clear();
    return out;
  }

  private void waitForWork(boolean untilDue) {
    long waitMs = IDLE_WAIT_MS;
    if (untilDue && !waiting.isEmpty()) {
      waitMs = Math.min(waitMs, Math.max(1, waiting.peek().due().toEpochMilli() - clock.millis()));
    }
    try {
      wait(waitMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }

  private void commitStarts(List<Waiting> starts) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Started> started;
    try {
      started = repo.start(starts.stream().map(Waiting::claim).toList(), nodeId, now);
    } catch (RuntimeException e) {
      log.warn("Starting {} dispatched attempts failed, retrying in {} ms: {}", starts.size(), RETRY_WAIT_MS, e.getMessage());
      synchronized (this) {
        busy -= starts.size();
        ready.addAll(starts);
      }
      sleep(RETRY_WAIT_MS);
      return;
    }
    synchronized (this) {
      busy -= starts.size() - started.size();
      notifyAll();
    }
    started.forEach(this::run);
  }

  private void commitSettles(List<Finished> settles) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Settlement> settlements = settles.stream().map(f -> settler.settlement(f, now)).toList();
    Map<UUID, TaskStatus> moved;
    try {
      moved = repo.settle(settlements, nodeId, now);
    } catch (RuntimeException e) {
      log.warn("Settling {} dispatched attempts failed, retrying in {} ms: {}", settles.size(), RETRY_WAIT_MS, e.getMessage());
      synchronized (this) {
        finished.addAll(0, settles);
      }
      sleep(RETRY_WAIT_MS);
      return;
    }
    settler.afterCommit(settlements, moved);
    settles.forEach(f -> parts.running().remove(f.started().logId()));
  }

  private void run(Started s) {
    parts.metrics().started(s.claim().due(), s.startedAt());
    settler.started(s);
    pool.execute(new Attempt(s));
  }

  private synchronized void done(Started s, Outcome outcome) {
    busy--;
    Instant end = clock.instant().truncatedTo(ChronoUnit.MICROS);
    double took = Math.max(0.01, Duration.between(s.startedAt(), end).toNanos() / 1e6);
    avgAttemptMillis = avgAttemptMillis == 0 ? took : 0.8 * avgAttemptMillis + 0.2 * took;
    finished.add(new Finished(s, outcome, end));
    notifyAll();
  }

  /** One started attempt on a worker thread. */
  private final class Attempt implements Runnable {
    private final Started started;

    Attempt(Started started) {
      this.started = started;
    }

    @Override
    public void run() {
      parts.running().add(started.logId());
      done(started, parts.payloads().run(started.claim().stored().task().spec()));
    }

    /** Settles an attempt that never got a thread before shutdown: it goes back to the queue. */
    void abandon() {
      done(started, Outcome.interrupted(null));
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
