package io.taskdeck.engine;

import io.taskdeck.core.DataRejectedException;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.engine.Settler.Finished;
import io.taskdeck.engine.cluster.ExecutionGate;
import io.taskdeck.store.Claimed;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.LaneRepository;
import io.taskdeck.store.LaneRepository.StartResult;
import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.SettlementWrite;
import io.taskdeck.store.Started;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this node's claimed attempts: each waits until its due time (database clock), then starts on
 * one of the worker threads, highest priority first among those due. Two threads write to the
 * database, each in rounds that group-commit whatever is ready: the starter starts as many due
 * attempts as there are free workers in one fenced transaction ({@link LaneRepository#start}), and
 * the settler commits the outcomes of finished attempts in another ({@link Settler}). An attempt
 * counts as running until its settlement is committed; when a start or a settlement fails, the rows
 * are read back to learn what committed, and only what did not is tried again.
 */
final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int MAX_SETTLE = 2000;
  private static final long IDLE_WAIT_MS = 100;
  private static final long RETRY_WAIT_MS = 500;
  private static final String UNSTORABLE = "the attempt's output could not be stored: ";

  private final LaneRepository lane;
  private final Settler settler;
  private final Jdbc jdbc;
  private final EngineParts parts;
  private final Clock clock;
  private final ExecutionGate gate;
  private final Supplier<NodeClaim> me;
  private final Duration aliveWithin;
  private final Capacity capacity;
  private final ExecutorService pool;
  private final Thread startThread;
  private final Thread settleThread;
  private final AtomicLong seq = new AtomicLong();
  private final PriorityQueue<Waiting> waiting =
      new PriorityQueue<>(Comparator.comparing(Waiting::due).thenComparingLong(Waiting::seq));
  private final PriorityQueue<Waiting> ready = new PriorityQueue<>(Waiting.READY_ORDER);
  private final List<Finished> finished = new ArrayList<>();
  private boolean accepting = true;
  private boolean stopping;

  /** {@code aliveWithin}: a start proves this incarnation checked in within it (database clock). */
  Dispatcher(
      LaneRepository lane,
      Settler settler,
      Jdbc jdbc,
      EngineParts parts,
      Clock clock,
      ExecutionGate gate,
      Supplier<NodeClaim> me,
      Duration aliveWithin,
      Capacity capacity) {
    this.lane = lane;
    this.settler = settler;
    this.jdbc = jdbc;
    this.parts = parts;
    this.clock = clock;
    this.gate = gate;
    this.me = me;
    this.aliveWithin = aliveWithin;
    this.capacity = capacity;
    this.pool = Executors.newFixedThreadPool(capacity.workers(), daemon("taskdeck-worker"));
    this.startThread = daemon("taskdeck-lane-starter").newThread(this::startLoop);
    this.settleThread = daemon("taskdeck-lane-settler").newThread(this::settleLoop);
  }

  void start() {
    startThread.start();
    settleThread.start();
  }

  /** How many more attempts this node should claim, at most {@code max} (see {@link Capacity}). */
  synchronized int room(int max) {
    if (!accepting || !gate.open()) {
      return 0;
    }
    return Math.min(max, capacity.room(clock.instant(), waiting.size() + ready.size()));
  }

  /**
   * Takes claimed attempts; once the dispatcher is quiesced, they go straight back to the queue.
   */
  void accept(List<Claimed> claims) {
    synchronized (this) {
      if (accepting) {
        Instant now = clock.instant();
        for (Claimed c : claims) {
          waiting.add(new Waiting(c, seq.incrementAndGet(), now));
        }
        notifyAll();
        return;
      }
    }
    lane.release(claims, me.get());
  }

  /**
   * Takes back the claims that could have started here longer than the claim horizon ago, while
   * every worker is held by an attempt that has run longer than the horizon (this node took more
   * than it can start: its attempts run longer than it expected), so that a node with free workers
   * can run them. Returns them, released.
   */
  List<Claimed> releaseOverdue() {
    List<Claimed> back = new ArrayList<>();
    synchronized (this) {
      Instant now = clock.instant();
      Instant limit = now.minus(Capacity.HORIZON);
      if (!capacity.heldUp(now)) {
        return back; // a worker frees up soon: short attempts drain the claims here
      }
      ready.removeIf(
          w -> {
            if (w.waitingSince().isBefore(limit)) {
              back.add(w.claim());
              return true;
            }
            return false;
          });
    }
    if (!back.isEmpty()) {
      int n = lane.release(back, me.get());
      log.info(
          "Gave back {} claimed attempts that waited for a worker longer than {}",
          n,
          Capacity.HORIZON);
    }
    return back;
  }

  /** Stops taking work and returns the claims not started yet to the queue; returns them. */
  List<Claimed> quiesce() {
    List<Claimed> left = new ArrayList<>();
    synchronized (this) {
      accepting = false;
      waiting.forEach(w -> left.add(w.claim()));
      ready.forEach(w -> left.add(w.claim()));
      waiting.clear();
      ready.clear();
    }
    int released = lane.release(left, me.get());
    if (released > 0) {
      log.info("Returned {} claimed attempts that had not started to the queue", released);
    }
    return left;
  }

  /**
   * Waits for the running attempts (interrupting them after {@code grace}), settles them, stops.
   */
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
        starts = gate.open() ? takeStarts() : List.of();
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
          if (stopping && capacity.busy() == 0) {
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
    while (!stopping && capacity.freeWorkers() > 0 && !ready.isEmpty()) {
      Waiting w = ready.poll();
      out.add(w);
      capacity.reserve();
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
    List<Claimed> claims = starts.stream().map(Waiting::claim).toList();
    List<Started> started;
    long beganNanos =
        gate.nanoTime(); // the start commits after this: a lapse that ends later voids it
    try {
      StartResult r = lane.start(claims, me.get(), now, aliveWithin);
      if (!r.alive()) {
        log.warn(
            "Not starting {} attempts: this node's check-in is older than {}",
            claims.size(),
            aliveWithin);
        putBack(starts);
        sleep(RETRY_WAIT_MS);
        return;
      }
      started = r.started();
    } catch (RuntimeException e) {
      started = resolveStart(starts, now, e);
      if (started == null) {
        return;
      }
    }
    synchronized (this) {
      capacity.release(starts.size() - started.size());
      notifyAll();
    }
    started.forEach(s -> run(s, beganNanos));
  }

  /**
   * After a start transaction failed: reads the queue rows back and returns the attempts whose
   * start did commit; the others wait to be tried again. Null when the rows cannot be read either.
   */
  private List<Started> resolveStart(List<Waiting> starts, Instant now, RuntimeException cause) {
    Map<java.util.UUID, Long> committed;
    try {
      committed = lane.startedOf(starts.stream().map(Waiting::claim).toList(), me.get());
    } catch (RuntimeException e) {
      log.warn(
          "Starting {} attempts failed and cannot be checked yet, retrying in {} ms: {}",
          starts.size(),
          RETRY_WAIT_MS,
          cause.getMessage());
      putBack(starts);
      sleep(RETRY_WAIT_MS);
      return null;
    }
    List<Started> started = new ArrayList<>();
    List<Waiting> again = new ArrayList<>();
    for (Waiting w : starts) {
      Long logId = committed.get(w.claim().id());
      if (logId != null) {
        Claimed cl = w.claim();
        started.add(new Started(cl.with(cl.attempt(), cl.entry().version() + 1), logId, now));
      } else {
        again.add(w);
      }
    }
    log.warn(
        "Starting {} attempts failed ({}); read back: {} had started, {} will be tried again",
        starts.size(),
        cause.getMessage(),
        started.size(),
        again.size());
    putBack(again);
    synchronized (this) {
      capacity.release(starts.size() - started.size() - again.size());
    }
    return started;
  }

  private synchronized void putBack(List<Waiting> starts) {
    capacity.release(starts.size());
    ready.addAll(starts);
  }

  private void commitSettles(List<Finished> settles) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<SettlementWrite> done;
    try {
      done = jdbc.inTransaction(c -> settler.settle(c, settles, me.get(), now));
    } catch (DataRejectedException refused) {
      settleRefused(settles, refused);
      return;
    } catch (RuntimeException e) {
      List<Finished> again = resolveSettle(settles, e);
      synchronized (this) {
        finished.addAll(0, again);
      }
      if (!again.isEmpty()) {
        sleep(RETRY_WAIT_MS);
      }
      for (Finished f : settles) {
        if (!again.contains(f)) {
          parts.running().remove(f.started().logId());
        }
      }
      return;
    }
    settler.afterCommit(done);
    settles.forEach(f -> parts.running().remove(f.started().logId()));
  }

  /**
   * The database refused a settlement's data (nothing committed): settled one by one, so one
   * attempt's bad data cannot hold up the others of its group; an attempt refused on its own is
   * settled with its output replaced by a note, so it is never retried for ever.
   */
  private void settleRefused(List<Finished> settles, DataRejectedException refused) {
    if (settles.size() > 1) {
      log.warn(
          "Settling {} attempts was refused ({}); settling them one by one",
          settles.size(),
          refused.getMessage());
      settles.forEach(f -> commitSettles(List.of(f)));
      return;
    }
    Finished f = settles.get(0);
    Outcome o = f.outcome();
    if (o.output() == null && o.error() != null && o.error().startsWith(UNSTORABLE)) {
      log.error(
          "Settling attempt {} was refused even without its output ({}); it stays RUNNING until repaired",
          f.started().logId(),
          refused.getMessage());
      return;
    }
    log.warn(
        "Settling attempt {} was refused ({}); its output is left out",
        f.started().logId(),
        refused.getMessage());
    Outcome plain =
        new Outcome(
            o.status(), o.exitCode(), o.httpStatus(), null, UNSTORABLE + refused.getMessage());
    commitSettles(List.of(new Finished(f.started(), plain, f.finishedAt())));
  }

  /**
   * After a settlement transaction failed: the attempts whose settlement did not commit (their row
   * still says RUNNING).
   */
  private List<Finished> resolveSettle(List<Finished> settles, RuntimeException cause) {
    try {
      List<Long> ids = settles.stream().map(f -> f.started().logId()).toList();
      java.util.Set<Long> running = new java.util.HashSet<>(lane.stillRunning(ids));
      List<Finished> again =
          settles.stream().filter(f -> running.contains(f.started().logId())).toList();
      log.warn(
          "Settling {} attempts failed ({}); read back: {} had committed, {} will be tried again",
          settles.size(),
          cause.getMessage(),
          settles.size() - again.size(),
          again.size());
      return again;
    } catch (RuntimeException e) {
      log.warn(
          "Settling {} attempts failed and cannot be checked yet, retrying in {} ms: {}",
          settles.size(),
          RETRY_WAIT_MS,
          cause.getMessage());
      return settles;
    }
  }

  private void run(Started s, long startedNanos) {
    parts.metrics().started(s.claim().due(), s.startedAt());
    settler.started(s, me.get().nodeId());
    pool.execute(new Attempt(s, startedNanos));
  }

  private synchronized void done(Started s, Outcome outcome) {
    Instant end = clock.instant().truncatedTo(ChronoUnit.MICROS);
    capacity.finished(s.logId(), Duration.between(s.startedAt(), end));
    finished.add(new Finished(s, outcome, end));
    notifyAll();
  }

  /** One started attempt on a worker thread. */
  private final class Attempt implements Runnable {
    private final Started started;
    private final long startedNanos;

    Attempt(Started started, long startedNanos) {
      this.started = started;
      this.startedNanos = startedNanos;
    }

    @Override
    public void run() {
      if (!gate.heldSince(startedNanos)) {
        log.warn(
            "Not running attempt {} of task {}: this node's check-in lapsed after its start committed,"
                + " so another node may have taken it over",
            started.claim().attempt(),
            started.claim().id());
        done(
            started,
            Outcome.notRun("not run: the node's check-in lapsed after the start committed"));
        return;
      }
      capacity.running(started.logId(), clock.instant());
      LiveOutput live = parts.running().add(started.logId());
      Outcome outcome = parts.payloads().run(started.claim().stored().task().spec(), live);
      boolean stopAsked = parts.running().endRun(started.logId());
      // a payload that ended on its own before the stop reached it keeps its own outcome
      done(
          started,
          stopAsked && outcome.status() == ExecutionStatus.INTERRUPTED
              ? outcome.stopped()
              : outcome);
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
