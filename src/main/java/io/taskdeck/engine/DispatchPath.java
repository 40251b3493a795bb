package io.taskdeck.engine;

import io.taskdeck.core.Task;
import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.DispatchRepository.Claimed;
import io.taskdeck.store.Jdbc;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The dispatch path of one node, assembled: one-shot tasks and their retries wait in the {@code
 * task} table by partition and due time, Quartz fires one trigger per partition and time slot
 * ({@link DispatchTriggers}), the firing node claims ({@link DispatchFiring}) and runs them ({@link
 * Dispatcher}), and {@link DispatchSweeper} repairs what a crash leaves.
 */
final class DispatchPath {
  /** Partitions spread a burst of due tasks over the nodes (one claim chain each). */
  static final int PARTITIONS = 8;
  /** A batch gets one more partition per this many tasks. */
  static final int SPREAD = 25;

  private final DispatchRepository repo;
  private final DispatchTriggers triggers;
  private final Dispatcher dispatcher;
  private final DispatchFiring firing;
  private final DispatchSweeper sweeper;
  private final boolean blocks;

  /** {@code blocks}: deal a batch to its partitions in contiguous blocks (H2), else in turn. */
  DispatchPath(
      Jdbc jdbc, DispatchRepository repo, QuartzGateway quartz, EngineParts parts, EngineConfig cfg, boolean blocks) {
    this.repo = repo;
    this.blocks = blocks;
    this.triggers = new DispatchTriggers(quartz, jdbc, cfg.clock());
    DispatchSettler settler =
        new DispatchSettler(parts, triggers, () -> ThreadLocalRandom.current().nextDouble(), cfg.nodeId());
    this.dispatcher = new Dispatcher(repo, settler, parts, cfg.clock(), cfg.nodeId(), cfg.workerThreads());
    this.firing = new DispatchFiring(repo, triggers, dispatcher, cfg.clock(), cfg.nodeId(), cfg.misfireThreshold());
    this.sweeper = new DispatchSweeper(repo, triggers, firing, jdbc, cfg.clock(), PARTITIONS);
  }

  DispatchFiring firing() {
    return firing;
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
   * settlement rewrites a few pages, not one per task (a 500,000-task drain on one node: 5,816/s
   * in blocks, 3,074/s dealt in turn). On PostgreSQL the batch is dealt in turn, so a page holds a
   * few tasks of each partition and a claim's {@code claim_node} update fits the page's free space
   * (fillfactor 85) and is done in place; in blocks, 92% of a drain's updates were not in place.
   */
  Map<UUID, Integer> partitions(List<Task> created) {
    Map<UUID, Integer> parts = new HashMap<>();
    if (created.isEmpty()) {
      return parts;
    }
    int n = created.size();
    int spread = (int) Math.min(PARTITIONS, (n + SPREAD - 1) / SPREAD);
    int base = DispatchTriggers.partitionOf(created.get(0).nextRun(), PARTITIONS);
    for (int i = 0; i < n; i++) {
      int offset = blocks ? (int) ((long) i * spread / n) : i % spread;
      parts.put(created.get(i).id(), (base + offset) % PARTITIONS);
    }
    return parts;
  }

  /** Makes sure each partition fires in time for the earliest of these newly queued tasks. */
  void queued(Map<UUID, Integer> parts, Map<UUID, Instant> due) {
    Map<Integer, Instant> earliest = new HashMap<>();
    parts.forEach((id, p) -> earliest.merge(p, due.get(id), (a, b) -> a.isBefore(b) ? a : b));
    earliest.forEach(triggers::ensure);
  }

  void queued(int part, Instant due) {
    triggers.ensure(part, due);
  }

  /** Resumes a PAUSED dispatched task (row first, then its partition's trigger); empty if not PAUSED. */
  java.util.Optional<Instant> resume(int part, UUID id, Instant now) {
    java.util.Optional<Instant> due = repo.resumeDispatched(id, now);
    due.ifPresent(d -> triggers.ensure(part, d));
    return due;
  }

  /** At every start, manage-only or not: the job exists and broken chains are repaired. */
  void prepare() {
    triggers.installJob();
    sweeper.sweep();
  }

  void start() {
    dispatcher.start();
    sweeper.start();
  }

  /** Stops claiming and returns what was claimed but not started to the queue, with its triggers. */
  void quiesce() {
    sweeper.stop();
    List<Claimed> left = dispatcher.quiesce();
    Map<Integer, Instant> earliest = new HashMap<>();
    left.forEach(c -> earliest.merge(c.part(), c.due(), (a, b) -> a.isBefore(b) ? a : b));
    earliest.forEach(triggers::ensure);
  }

  void stop(Duration grace) throws InterruptedException {
    dispatcher.stop(grace);
  }
}
