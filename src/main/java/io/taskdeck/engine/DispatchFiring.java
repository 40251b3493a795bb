package io.taskdeck.engine;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.store.DispatchRepository;
import io.taskdeck.store.DispatchRepository.Claimed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a dispatch trigger does on the node that fired it: claims the partition's tasks due within
 * {@link #LOOKAHEAD} (as many as the node has room for, at most {@link #CHUNK}), hands them to the local {@link Dispatcher}, and
 * keeps the partition's chain going: at once when more is due (so another node can take the next
 * chunk), else at the partition's next due task.
 */
final class DispatchFiring {
  private static final Logger log = LoggerFactory.getLogger(DispatchFiring.class);
  static final Duration LOOKAHEAD = Duration.ofMillis(500);
  static final int CHUNK = 1000;
  /**
   * When this node is full it looks at the partition again after this long; meanwhile nodes with
   * free workers take the partition's due tasks through {@link #help} (Quartz would hand the firing
   * straight back to the node that scheduled it, which acquires it ahead of time).
   */
  private static final Duration BACKOFF = Duration.ofMillis(500);

  private final DispatchRepository repo;
  private final DispatchTriggers triggers;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final String nodeId;
  private final Duration misfireThreshold;
  private final ReentrantLock[] locks = new ReentrantLock[DispatchPath.PARTITIONS];

  DispatchFiring(
      DispatchRepository repo, DispatchTriggers triggers, Dispatcher dispatcher, Clock clock, String nodeId,
      Duration misfireThreshold) {
    this.repo = repo;
    this.triggers = triggers;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.nodeId = nodeId;
    this.misfireThreshold = misfireThreshold;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  void fire(int part) {
    ReentrantLock lock = locks[part];
    if (!lock.tryLock()) {
      return; // this node is claiming the partition right now, and that firing continues the chain
    }
    try {
      while (claimRound(part)) {
        // the claim was full and this node still has room: claim on, without another Quartz firing
      }
    } finally {
      lock.unlock();
    }
  }

  /** One claim; true when another round should follow on this node at once. */
  private boolean claimRound(int part) {
    Instant now = clock.instant();
    int room = dispatcher.room(CHUNK);
    if (room == 0) {
      triggers.fireAgain(part, now.plus(BACKOFF)); // busy: leave the work to a node with room
      return false;
    }
    List<Claimed> claimed = repo.claim(part, now.plus(LOOKAHEAD), room, nodeId);
    List<Claimed> missed = new ArrayList<>();
    List<Claimed> runnable = new ArrayList<>();
    for (Claimed c : claimed) {
      (isSkippedMisfire(c, now) ? missed : runnable).add(c);
    }
    if (!missed.isEmpty()) {
      repo.missed(missed, nodeId, now, "missed while the engine was down, busy or paused; policy skip: not run");
      log.info("{} one-shot task(s) of partition {} missed their time; policy skip", missed.size(), part);
    }
    dispatcher.accept(runnable);
    if (claimed.size() < room) {
      repo.nextDue(part).ifPresent(due -> triggers.ensure(part, due));
      return false;
    }
    if (dispatcher.room(CHUNK) > 0) {
      return true;
    }
    triggers.fireAgain(part, now); // more is due: any node with room takes the next claim
    return false;
  }

  /**
   * Called every second on executing nodes: a node with free workers claims due tasks of a
   * partition that another, busy node left waiting.
   */
  void help(int part) {
    if (dispatcher.room(1) > 0 && repo.nextDue(part).filter(d -> !d.isAfter(clock.instant())).isPresent()) {
      fire(part);
    }
  }

  private boolean isSkippedMisfire(Claimed c, Instant now) {
    return c.attempt() == 1
        && c.stored().task().spec().misfire() == MisfirePolicy.SKIP
        && c.due().plus(misfireThreshold).isBefore(now);
  }
}
