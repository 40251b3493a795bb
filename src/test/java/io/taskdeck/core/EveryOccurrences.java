package io.taskdeck.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A test schedule: every {@code every} from {@code anchor}, {@code count} occurrences at most
 * (null: forever).
 */
record EveryOccurrences(Instant anchor, Duration every, Integer count) implements Occurrences {

  @Override
  public Optional<Instant> after(Instant t) {
    long k = t.isBefore(anchor) ? 0 : Duration.between(anchor, t).toMillis() / every.toMillis() + 1;
    return index(k);
  }

  @Override
  public Optional<Instant> first(Instant now) {
    long k =
        now.isAfter(anchor)
            ? (Duration.between(anchor, now).toMillis() + every.toMillis() - 1) / every.toMillis()
            : 0;
    return index(k);
  }

  private Optional<Instant> index(long k) {
    return count != null && k >= count
        ? Optional.empty()
        : Optional.of(anchor.plus(every.multipliedBy(k)));
  }

  /** A one-shot's "schedule": nothing after its occurrence. */
  static Occurrences once(Instant at) {
    return new Occurrences() {
      @Override
      public Optional<Instant> after(Instant t) {
        return t.isBefore(at) ? Optional.of(at) : Optional.empty();
      }

      @Override
      public Optional<Instant> first(Instant now) {
        return Optional.of(at.isBefore(now) ? now : at);
      }
    };
  }
}
