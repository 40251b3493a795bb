package io.taskdeck.engine;

import io.taskdeck.core.Misfires;
import io.taskdeck.core.Misfires.Decision;
import io.taskdeck.store.Claimed;
import io.taskdeck.store.ExecutionWrites.Missed;
import io.taskdeck.store.LaneRepository;
import io.taskdeck.store.MisfireWrite;
import io.taskdeck.store.NodeClaim;
import io.taskdeck.store.QueueRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a dispatch trigger does on the node that fired it: claims the partition's attempts due
 * within the claim horizon (as many as the node has room for, at most {@link #CHUNK}), decides the
 * misfires among them ({@link Misfires}: a late attempt 1 of an occurrence), hands the rest to the
 * local {@link Dispatcher}, and keeps the partition's chain going: at once when more is due (so
 * another node can take the next chunk), else at the partition's next due attempt.
 */
final class Claimer {
  private static final Logger log = LoggerFactory.getLogger(Claimer.class);
  static final int CHUNK = 1000;

  /**
   * When this node is full it looks at the partition again after this long; meanwhile nodes with
   * free workers take the partition's due attempts through {@link #help}.
   */
  private static final Duration BACKOFF = Duration.ofMillis(500);

  private final LaneRepository lane;
  private final QueueRepository queue;
  private final LaneTriggers triggers;
  private final Dispatcher dispatcher;
  private final Schedules schedules;
  private final EngineParts parts;
  private final Clock clock;
  private final Supplier<NodeClaim> me;
  private final Duration misfireThreshold;
  private final ReentrantLock[] locks = new ReentrantLock[Lane.PARTITIONS];

  Claimer(
      LaneRepository lane,
      QueueRepository queue,
      LaneTriggers triggers,
      Dispatcher dispatcher,
      Schedules schedules,
      EngineParts parts,
      Clock clock,
      Supplier<NodeClaim> me,
      Duration misfireThreshold) {
    this.lane = lane;
    this.queue = queue;
    this.triggers = triggers;
    this.dispatcher = dispatcher;
    this.schedules = schedules;
    this.parts = parts;
    this.clock = clock;
    this.me = me;
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
      triggers.fireAgain(
          part, now.plus(BACKOFF)); // busy or not executing: leave the work to a node with room
      return false;
    }
    List<Claimed> claimed = lane.claim(part, now.plus(Capacity.HORIZON), room, me.get());
    List<Claimed> runnable = new ArrayList<>();
    List<MisfireWrite> late = new ArrayList<>();
    for (Claimed c : claimed) {
      if (Misfires.missed(c.attempt(), now, misfireThreshold)) {
        late.add(misfire(c, now));
      } else {
        runnable.add(c);
      }
    }
    if (!late.isEmpty()) {
      runnable.addAll(lane.misfired(late, me.get(), now));
      parts.metrics().misfired(late.size());
      late.stream()
          .filter(d -> d.next() != null)
          .forEach(d -> triggers.ensure(part, d.next().due()));
      log.info(
          "{} attempt(s) of partition {} were claimed later than {} after their occurrence; misfire policies applied",
          late.size(),
          part,
          misfireThreshold);
    }
    dispatcher.accept(runnable);
    if (claimed.size() < room) {
      queue.nextDue(part).ifPresent(due -> triggers.ensure(part, due));
      return false;
    }
    if (dispatcher.room(CHUNK) > 0) {
      return true;
    }
    triggers.fireAgain(part, now); // more is due: any node with room takes the next claim
    return false;
  }

  private MisfireWrite misfire(Claimed c, Instant now) {
    var st = c.stored();
    Decision d =
        Misfires.decide(
            st.task(),
            schedules.of(st.task().spec(), st.anchor()),
            c.attempt(),
            now,
            misfireThreshold);
    String note =
        "missed while the engine was down, busy or paused; policy "
            + st.task().spec().misfire().wireName()
            + ": "
            + consequence(st.task().spec().misfire());
    List<Missed> missed = new ArrayList<>();
    for (int i = 0; i < d.missed().size(); i++) {
      boolean last = i == d.missed().size() - 1 && d.truncated();
      missed.add(
          new Missed(
              c.id(),
              d.missed().get(i),
              last ? note + " (further missed occurrences not listed)" : note));
    }
    return new MisfireWrite(c, missed, d.run(), d.next(), d.status());
  }

  private static String consequence(io.taskdeck.core.MisfirePolicy policy) {
    return switch (policy) {
      case SKIP -> "not run; the task waits for its next regular time";
      case FIRE_ONCE -> "one catch-up run now stands for all missed occurrences";
      case FIRE_NOW -> "runs now, late";
    };
  }

  /**
   * Called every second on executing nodes: a node with free workers claims due attempts of a
   * partition that another, busy node left waiting.
   */
  void help(int part) {
    if (dispatcher.room(1) > 0
        && queue.nextDue(part).filter(d -> !d.isAfter(clock.instant())).isPresent()) {
      fire(part);
    }
  }
}
