package io.taskdeck.core;

import java.time.Instant;
import java.util.Optional;

/**
 * A task's schedule as a sequence of instants, with its calendar applied (an excluded time is not
 * an occurrence). The engine implements it with Quartz's trigger arithmetic; the settlement and
 * misfire rules ({@link SettlementPolicy}, {@link MisfirePolicy}) only ask it questions.
 */
public interface Occurrences {

  /** The first occurrence strictly after {@code t}, if any. */
  Optional<Instant> after(Instant t);

  /**
   * The first occurrence of a schedule that takes effect at {@code now} (created, or changed by an
   * edit): at or after {@code now}, where a once schedule with an absent or past time means now.
   */
  Optional<Instant> first(Instant now);
}
