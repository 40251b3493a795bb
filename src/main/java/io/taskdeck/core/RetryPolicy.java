package io.taskdeck.core;

import java.time.Duration;

/**
 * How a failed attempt is retried: the attempt after attempt n waits {@code min(initialDelay ×
 * multiplier^(n-1), maxDelay)}, varied by ± {@code jitter} (a fraction from 0 to 1).
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(5);
  public static final double DEFAULT_MULTIPLIER = 2.0;
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofHours(1);
  public static final double DEFAULT_JITTER = 0.0;

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          DEFAULT_MAX_ATTEMPTS,
          DEFAULT_INITIAL_DELAY,
          DEFAULT_MULTIPLIER,
          DEFAULT_MAX_DELAY,
          DEFAULT_JITTER);

  /** A policy with a single attempt: the first failure is final. */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, DEFAULT_INITIAL_DELAY, DEFAULT_MULTIPLIER, DEFAULT_MAX_DELAY, 0.0);

  public RetryPolicy {
    initialDelay = initialDelay == null ? DEFAULT_INITIAL_DELAY : initialDelay;
    maxDelay = maxDelay == null ? DEFAULT_MAX_DELAY : maxDelay;
  }

  /**
   * The delay after failed attempt {@code attempt} (1-based), before jitter.
   *
   * @throws IllegalArgumentException if attempt is below 1
   */
  public Duration baseDelayAfter(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
    }
    double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
    long capped = (long) Math.min(millis, (double) maxDelay.toMillis());
    return Duration.ofMillis(capped);
  }

  /**
   * The delay after failed attempt {@code attempt}, with jitter applied.
   *
   * @param unitRandom a random number in [0, 1), e.g. from {@code ThreadLocalRandom}
   */
  public Duration delayAfter(int attempt, double unitRandom) {
    long base = baseDelayAfter(attempt).toMillis();
    double factor = 1.0 + jitter * (2.0 * unitRandom - 1.0);
    return Duration.ofMillis(Math.max(0L, Math.round(base * factor)));
  }

  public boolean attemptsRemainAfter(int attempt) {
    return attempt < maxAttempts;
  }
}
