package io.taskdeck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * steady: while K nodes execute, a feeder in the harness creates R tasks/s, each due {@link
 * #LEAD} later, for S seconds, in a bulk call every {@link #TICK}. Then it waits up to {@link
 * BenchSettings#STEADY_GRACE} for the last ones. Reports start delays, duplicates and losses (tasks
 * that had not run when the wait ended).
 */
final class SteadyScenario {
  static final Duration LEAD = Duration.ofMillis(200);
  static final Duration TICK = Duration.ofMillis(100);

  private SteadyScenario() {}

  static ScenarioResult run(ScenarioContext ctx) throws InterruptedException {
    BenchSettings s = ctx.settings();
    ctx.target().detach();
    try (NodeCluster cluster = NodeCluster.start(ctx.engine(), ctx.db(), s.nodes(), s.threads())) {
      ctx.target().attach();
      ExecutionLog log = ctx.target().executionLog();
      Progress progress = ctx.progress();
      long feedStart = System.nanoTime();
      List<String> ids = feed(ctx, progress);
      double feedSeconds = (System.nanoTime() - feedStart) / 1e9;
      long fed = ids.size();
      ExecutionWaiter.Outcome outcome =
          new ExecutionWaiter(log, progress)
              .await(fed, BenchSettings.STEADY_GRACE, rows -> {}, () -> true);
      List<Double> heaps = cluster.stop();
      ExecutionAnalysis analysis = ExecutionAnalysis.of(ids, log.readAll());
      ResultBuilder result = ctx.result(fed, s.nodes()).executions(analysis).nodeHeaps(heaps);
      result.note(
          String.format(
              Locale.ROOT, "fed %.0f tasks/s for %.1f s (asked %d/s)", fed / feedSeconds, feedSeconds, s.rate()));
      if (!outcome.complete()) {
        result.note("the wait " + outcome.ending() + " after the feed");
      }
      return result.build();
    }
  }

  /** Creates R tasks/s for S seconds; a slow bulk call delays the next tick, never skips it. */
  private static List<String> feed(ScenarioContext ctx, Progress progress) throws InterruptedException {
    BenchSettings s = ctx.settings();
    long total = (long) s.rate() * s.seconds();
    long ticks = s.seconds() * (1000 / TICK.toMillis());
    List<String> ids = new ArrayList<>((int) total);
    long start = System.nanoTime();
    for (long tick = 1; tick <= ticks; tick++) {
      long due = total * tick / ticks;
      int count = (int) (due - ids.size());
      if (count > 0) {
        ids.addAll(ctx.target().feeder().create(count, ctx.clock().instant().plus(LEAD)));
      }
      progress.update("fed", ids.size(), total);
      long wakeAt = start + tick * TICK.toNanos();
      long sleep = wakeAt - System.nanoTime();
      if (sleep > 0) {
        TimeUnit.NANOSECONDS.sleep(sleep);
      }
    }
    return ids;
  }
}
