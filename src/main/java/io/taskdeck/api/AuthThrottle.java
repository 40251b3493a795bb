package io.taskdeck.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing: after {@link #FREE_FAILURES} wrong tokens in a row from one address, that
 * address must wait before its next try, 1 s after the first extra failure and twice as long after
 * each further one, up to {@link #MAX_WAIT}. A try while it must wait is answered 429 with
 * Retry-After, whatever its token. The right token clears the address. At most {@link #TRACKED}
 * addresses are remembered (the least recently seen is forgotten first).
 */
final class AuthThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  private static final int TRACKED = 10_000;

  private record State(int failures, Instant blockedUntil) {}

  private final Clock clock;
  private final Map<String, State> byAddress =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
          return size() > TRACKED;
        }
      };

  AuthThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must still wait, or empty when it may try now. */
  synchronized Optional<Duration> waitFor(String address) {
    State s = byAddress.get(address);
    if (s == null || s.blockedUntil() == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), s.blockedUntil());
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  synchronized void failed(String address) {
    State s = byAddress.getOrDefault(address, new State(0, null));
    int failures = s.failures() + 1;
    Instant until = null;
    if (failures > FREE_FAILURES) {
      long seconds = 1L << Math.min(20, failures - FREE_FAILURES - 1);
      Duration wait = Duration.ofSeconds(seconds);
      until = clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
    byAddress.put(address, new State(failures, until));
  }

  synchronized void succeeded(String address) {
    byAddress.remove(address);
  }
}
