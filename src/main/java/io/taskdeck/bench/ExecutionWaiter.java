package io.taskdeck.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Waits, polling the execution log once a second, until every task ran (and an extra condition
 * holds), the run stalls for {@link BenchSettings#STALL_TIMEOUT}, or a time limit passes.
 */
final class ExecutionWaiter {
  private static final long POLL_MS = 1_000;

  private final ExecutionLog log;
  private final Progress progress;

  ExecutionWaiter(ExecutionLog log, Progress progress) {
    this.log = log;
    this.progress = progress;
  }

  /** Why the wait ended, and how many tasks had run by then. */
  record Outcome(long executed, String ending) {
    boolean complete() {
      return ending.equals("complete");
    }
  }

  /**
   * @param limit the longest to wait, or null for none
   * @param onPoll called with the number of log rows after each poll
   * @param alsoDone must also be true before the wait counts as complete
   */
  Outcome await(long total, Duration limit, LongConsumer onPoll, BooleanSupplier alsoDone)
      throws InterruptedException {
    long start = System.nanoTime();
    long lastChange = start;
    long lastRows = -1;
    progress.reset(0);
    while (true) {
      long rows = log.countRows();
      long now = System.nanoTime();
      onPoll.accept(rows);
      progress.update("executed", rows, total);
      if (rows != lastRows) {
        lastRows = rows;
        lastChange = now;
      }
      if (rows >= total && alsoDone.getAsBoolean()) {
        long executed = log.countExecutedTasks();
        if (executed >= total) {
          TimeUnit.MILLISECONDS.sleep(BenchSettings.SETTLE.toMillis());
          return new Outcome(executed, "complete");
        }
      }
      if (now - lastChange > BenchSettings.STALL_TIMEOUT.toNanos()) {
        return new Outcome(
            log.countExecutedTasks(),
            "stalled for " + BenchSettings.STALL_TIMEOUT.toSeconds() + " s");
      }
      if (limit != null && now - start > limit.toNanos()) {
        return new Outcome(
            log.countExecutedTasks(), "stopped at the " + limit.toSeconds() + " s limit");
      }
      TimeUnit.MILLISECONDS.sleep(POLL_MS);
    }
  }
}
