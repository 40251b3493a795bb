package io.taskdeck.engine;

import io.taskdeck.core.Task;
import io.taskdeck.engine.cluster.ExecutionGate;
import io.taskdeck.store.ClaimRecovery;
import io.taskdeck.store.Claimed;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.LaneRepository;
import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.QueueRepository;
import io.taskdeck.store.TaskRepository;
import io.taskdeck.store.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The one execution lane of a node, assembled: every attempt of every task waits in {@code
 * task_queue} by partition and due time, Quartz fires one trigger per partition and time slot
 * ({@link LaneTriggers}), the firing node claims ({@link Claimer}), starts and runs the attempts
 * ({@link Dispatcher}) and settles them ({@link Settler}), and {@link Sweeper} repairs what a crash
 * leaves.
 */
final class Lane {
  /** Partitions spread a burst of due attempts over the nodes (one claim chain each). */
  static final int PARTITIONS = 8;

  /** A batch gets one more partition per this many tasks. */
  static final int SPREAD = 25;

  private final LaneTriggers triggers;
  private final Settler settler;
  private final Dispatcher dispatcher;
  private final Claimer claimer;
  private final Sweeper sweeper;
  private final ClaimRecovery recovery;
  private final QuartzGateway quartz;
  private final Supplier<NodeClaim> me;
  private final Clock clock;
  private final Duration maxSkew;
  private final boolean blocks;

  /** What a lane needs from its engine. */
  record Context(
      Jdbc jdbc,
      Vendor vendor,
      TaskRepository tasks,
      QueueRepository queue,
      QuartzGateway quartz,
      Schedules schedules,
      EngineParts parts,
      EngineConfig cfg,
      Clock clock,
      ExecutionGate gate,
      Supplier<NodeClaim> me,
      Duration steadyBound) {}

  Lane(Context x) {
    this.quartz = x.quartz();
    this.me = x.me();
    this.clock = x.clock();
    this.maxSkew = x.cfg().maxClockSkew();
    this.blocks = x.vendor() == Vendor.H2;
    this.recovery = new ClaimRecovery(x.jdbc());
    this.triggers = new LaneTriggers(x.quartz(), x.clock());
    LaneRepository lane = new LaneRepository(x.jdbc(), x.vendor());
    this.settler =
        new Settler(
            x.tasks(),
            x.queue(),
            x.schedules(),
            x.parts(),
            () -> ThreadLocalRandom.current().nextDouble());
    Duration aliveWithin = x.cfg().deadAfter().minus(x.cfg().checkinInterval());
    this.dispatcher =
        new Dispatcher(
            lane,
            settler,
            x.jdbc(),
            x.parts(),
            x.clock(),
            x.gate(),
            x.me(),
            aliveWithin,
            new Capacity(x.cfg().workerThreads()));
    this.claimer =
        new Claimer(
            lane,
            x.queue(),
            triggers,
            dispatcher,
            x.schedules(),
            x.parts(),
            x.clock(),
            x.me(),
            x.cfg().misfireThreshold());
    this.sweeper =
        new Sweeper(
            recovery,
            x.queue(),
            x.quartz(),
            triggers,
            claimer,
            dispatcher,
            x.jdbc(),
            x.parts(),
            x.clock(),
            x.cfg().deadAfter(),
            () -> x.gate().steadyFor(x.steadyBound()),
            x.me());
  }

  /** A new {@link DispatchJob} for a firing. */
  DispatchJob job() {
    return new DispatchJob(claimer, clock, maxSkew);
  }

  Settler settler() {
    return settler;
  }

  Sweeper sweeper() {
    return sweeper;
  }

  /**
   * The partition of each new task. A lone task or a small batch goes to the partition of its time
   * slot (consecutive 100 ms slots rotate over the partitions, so a steady feed is spread without a
   * trigger per partition per slot); a large batch is spread over up to all partitions, one per
   * {@link #SPREAD} tasks, so that several nodes can claim it at once.
   *
   * <p>How a batch is dealt depends on how the database stores rows; both keep the batch's rows in
   * insertion order (ids are time-ordered, see {@link TaskIds}). On H2, which writes every page a
   * commit changed anew, each partition takes a contiguous block, so a claim, a start or a
   * settlement rewrites a few pages, not one per task. On PostgreSQL the batch is dealt in turn, so
   * a page holds a few rows of each partition and a claim's update fits the page's free space.
   */
  Map<UUID, Integer> partitions(List<Task> created) {
    Map<UUID, Integer> parts = new HashMap<>();
    if (created.isEmpty()) {
      return parts;
    }
    int n = created.size();
    int spread = (int) Math.min(PARTITIONS, (n + SPREAD - 1) / SPREAD);
    int base = LaneTriggers.partitionOf(created.get(0).nextRun(), PARTITIONS);
    for (int i = 0; i < n; i++) {
      int offset = blocks ? (int) ((long) i * spread / n) : i % spread;
      parts.put(created.get(i).id(), (base + offset) % PARTITIONS);
    }
    return parts;
  }

  /** Makes sure each partition fires in time for the earliest of these newly queued attempts. */
  void queued(Map<Integer, Instant> earliestByPart) {
    earliestByPart.forEach(triggers::ensure);
  }

  void queued(int part, Instant due) {
    triggers.ensure(part, due);
  }

  /**
   * At every start, manage-only or not: the dispatch job exists, this node id's earlier
   * incarnations' claims are released and their RUNNING rows closed, and broken chains repaired.
   */
  ClaimRecovery.Recovered prepare() {
    quartz.installDispatchJob();
    ClaimRecovery.Recovered r = recovery.releaseEarlierIncarnations(me.get(), clock.instant());
    sweeper.rearm();
    return r;
  }

  void start() {
    dispatcher.start();
    sweeper.start();
  }

  /**
   * Stops claiming and returns what was claimed but not started to the queue, with its triggers.
   */
  void quiesce() {
    sweeper.stop();
    List<Claimed> left = dispatcher.quiesce();
    Map<Integer, Instant> earliest = new HashMap<>();
    left.forEach(c -> earliest.merge(c.part(), c.due(), (a, b) -> a.isBefore(b) ? a : b));
    try {
      earliest.forEach(triggers::ensure);
    } catch (RuntimeException e) {
      // the sweeper of another node (or of this one's next start) re-arms the partitions
    }
  }

  void stop(Duration grace) throws InterruptedException {
    dispatcher.stop(grace);
  }

  void addHook(SettlementHook hook) {
    settler.addHook(hook);
  }
}
