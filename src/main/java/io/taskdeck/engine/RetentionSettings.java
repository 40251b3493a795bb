package io.taskdeck.engine;

import io.taskdeck.core.ValidationException;
import java.time.Duration;

/**
 * How long old rows are kept (docs/operations.md, "Retention"). A period of zero keeps everything
 * of its kind.
 *
 * @param retainExecutions execution rows that finished longer ago than this are deleted
 * @param retainFinished finished one-shot tasks (COMPLETED, CANCELLED, FAILED without an open dead
 *     letter) last changed longer ago than this are deleted, with their execution rows
 * @param batchSize rows deleted per transaction
 * @param interval the pause between two purges of this node (the first comes one {@link
 *     #FIRST_DELAY} after start)
 */
public record RetentionSettings(
    Duration retainExecutions, Duration retainFinished, int batchSize, Duration interval) {
  public static final Duration DEFAULT_RETAIN = Duration.ofDays(30);
  public static final int DEFAULT_BATCH_SIZE = 1000;
  public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
  public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
  public static final RetentionSettings DEFAULT =
      new RetentionSettings(DEFAULT_RETAIN, DEFAULT_RETAIN, DEFAULT_BATCH_SIZE, DEFAULT_INTERVAL);

  public RetentionSettings {
    notNegative(retainExecutions, "retain_executions");
    notNegative(retainFinished, "retain_finished");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new ValidationException(
          "retention_batch_size", "the retention batch size must be between 1 and 10000");
    }
    if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ValidationException(
          "retention_interval", "the retention interval must be at least PT1S, was " + interval);
    }
  }

  /** The settings with these two periods and the default batch size and interval. */
  public static RetentionSettings of(Duration retainExecutions, Duration retainFinished) {
    return new RetentionSettings(
        retainExecutions, retainFinished, DEFAULT_BATCH_SIZE, DEFAULT_INTERVAL);
  }

  public RetentionSettings withBatchSize(int n) {
    return new RetentionSettings(retainExecutions, retainFinished, n, interval);
  }

  /** True when neither period deletes anything. */
  public boolean keepsEverything() {
    return retainExecutions.isZero() && retainFinished.isZero();
  }

  private static void notNegative(Duration d, String field) {
    if (d == null || d.isNegative()) {
      throw new ValidationException(
          field, field + " must be 0 (keep everything) or a positive duration, was " + d);
    }
  }
}
