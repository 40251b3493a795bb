package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The misfire table of docs/engine.md as one pure function: what happens when an occurrence's
 * attempt 1 is claimed later than the misfire threshold after its occurrence. Used by the engine at
 * claim time and by every test double.
 */
public final class Misfires {
  /** At most this many MISSED rows per decision; the last one says so when more were missed. */
  public static final int MAX_ROWS = 500;

  /** Occurrences looked at when searching the last one that passed (fire_once). */
  static final int MAX_STEPS = 100_000;

  private Misfires() {}

  /**
   * A misfire decision.
   *
   * @param missed the occurrences recorded as MISSED (at most {@link #MAX_ROWS})
   * @param truncated true when more occurrences were missed than are listed
   * @param run the attempt that runs now, or null when none runs
   * @param next when nothing runs: the pending attempt afterwards, or null for none
   * @param status when nothing runs: the task's status afterwards
   */
  public record Decision(
      List<Instant> missed, boolean truncated, Attempt run, Attempt next, TaskStatus status) {
    public Decision {
      missed = List.copyOf(missed);
    }

    /** True when the attempt was not late: it runs as it is. */
    public boolean onTime() {
      return missed.isEmpty() && run != null;
    }
  }

  /**
   * True when {@code attempt}, claimed at {@code now}, is missed: late attempt 1 of an occurrence.
   */
  public static boolean missed(Attempt attempt, Instant now, Duration threshold) {
    return attempt.canMisfire() && attempt.occurrence().plus(threshold).isBefore(now);
  }

  /**
   * Decides what a claim of {@code attempt} at {@code now} does.
   *
   * @param task the task (its spec's misfire policy and schedule kind apply)
   * @param occurrences the task's schedule
   */
  public static Decision decide(
      Task task, Occurrences occurrences, Attempt attempt, Instant now, Duration threshold) {
    if (!missed(attempt, now, threshold)) {
      return new Decision(List.of(), false, attempt, null, null);
    }
    MisfirePolicy policy = task.spec().misfire();
    if (!task.spec().schedule().recurring()) {
      return policy == MisfirePolicy.SKIP
          ? new Decision(
              List.of(attempt.occurrence()),
              false,
              null,
              attempt.resume(),
              afterSkip(attempt.resume()))
          : new Decision(List.of(), false, attempt, null, null);
    }
    return switch (policy) {
      case FIRE_NOW -> new Decision(List.of(), false, attempt, null, null);
      case FIRE_ONCE -> fireOnce(occurrences, attempt, now);
      case SKIP -> skip(occurrences, attempt, now);
    };
  }

  private static TaskStatus afterSkip(Attempt next) {
    return next == null ? TaskStatus.COMPLETED : next.waitingStatus();
  }

  /** Every missed occurrence but the last is MISSED; the last runs now. */
  private static Decision fireOnce(Occurrences occurrences, Attempt attempt, Instant now) {
    List<Instant> passed = new ArrayList<>();
    Instant last = attempt.occurrence();
    Optional<Instant> t = occurrences.after(last);
    for (int steps = 0; t.isPresent() && !t.get().isAfter(now) && steps < MAX_STEPS; steps++) {
      if (passed.size() <= MAX_ROWS) {
        passed.add(last);
      }
      last = t.get();
      t = occurrences.after(last);
    }
    boolean truncated = passed.size() > MAX_ROWS;
    List<Instant> missed = truncated ? passed.subList(0, MAX_ROWS) : passed;
    return new Decision(missed, truncated, Attempt.scheduled(last), null, null);
  }

  /** Every occurrence up to now is MISSED; the next is the first after now. */
  private static Decision skip(Occurrences occurrences, Attempt attempt, Instant now) {
    List<Instant> missed = new ArrayList<>();
    Optional<Instant> t = Optional.of(attempt.occurrence());
    while (t.isPresent() && !t.get().isAfter(now) && missed.size() <= MAX_ROWS) {
      missed.add(t.get());
      t = occurrences.after(t.get());
    }
    boolean truncated = missed.size() > MAX_ROWS;
    Attempt next = occurrences.after(now).map(Attempt::scheduled).orElse(null);
    return new Decision(
        truncated ? missed.subList(0, MAX_ROWS) : missed, truncated, null, next, afterSkip(next));
  }
}
