package io.taskdeck.core.json;

import io.taskdeck.core.RetryPolicy;
import java.time.Duration;

/** A retry policy as a request gives it: each field absent keeps the value it is laid over. */
public record RetryInput(
    Integer maxAttempts,
    Duration initialDelay,
    Double multiplier,
    Duration maxDelay,
    Double jitter) {
  public RetryPolicy over(RetryPolicy base) {
    return new RetryPolicy(
        maxAttempts != null ? maxAttempts : base.maxAttempts(),
        initialDelay != null ? initialDelay : base.initialDelay(),
        multiplier != null ? multiplier : base.multiplier(),
        maxDelay != null ? maxDelay : base.maxDelay(),
        jitter != null ? jitter : base.jitter());
  }
}
