package io.taskdeck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * steady: while K nodes execute, a feeder in the harness creates R tasks/s, each due {@link #LEAD}
 * later, for S seconds, in a bulk call every {@link #TICK}. Then it waits up to {@link
 * BenchSettings#STEADY_GRACE} for the last ones. Reports start delays, duplicates and losses (tasks
 * that had not run when the wait ended). A warm-up feed at the same rate comes first (the nodes'
 * JIT, connection pools and database caches start cold); its tasks run, and their duplicates and
 * losses are reported in a note, but their start delays are not counted.
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
      List<String> warm = feed(ctx, progress, s.warmup(), "warm-up fed");
      long feedStart = System.nanoTime();
      List<String> ids = feed(ctx, progress, s.seconds(), "fed");
      double feedSeconds = (System.nanoTime() - feedStart) / 1e9;
      long fed = ids.size();
      ExecutionWaiter.Outcome outcome =
          new ExecutionWaiter(log, progress)
              .await(warm.size() + fed, BenchSettings.STEADY_GRACE, rows -> {}, () -> true);
      List<Double> heaps = cluster.stop();
      List<ExecutionRecord> all = log.readAll();
      ExecutionAnalysis analysis = ExecutionAnalysis.of(ids, only(all, ids));
      ResultBuilder result = ctx.result(fed, s.nodes()).executions(analysis).nodeHeaps(heaps);
      result.note(
          String.format(
              Locale.ROOT,
              "fed %.0f tasks/s for %.1f s (asked %d/s)",
              fed / feedSeconds,
              feedSeconds,
              s.rate()));
      if (!warm.isEmpty()) {
        ExecutionAnalysis w = ExecutionAnalysis.of(warm, only(all, warm));
        result.note(
            String.format(
                Locale.ROOT,
                "before that, a %d s warm-up of %d tasks, not counted: %d ran, %d duplicates, %d lost",
                s.warmup(),
                warm.size(),
                w.executed(),
                w.duplicates(),
                w.lost()));
      }
      if (!outcome.complete()) {
        result.note("the wait " + outcome.ending() + " after the feed");
      }
      return result.build();
    }
  }

  private static List<ExecutionRecord> only(List<ExecutionRecord> records, List<String> ids) {
    Set<String> wanted = new HashSet<>(ids);
    return records.stream().filter(r -> wanted.contains(r.taskId())).toList();
  }

  /**
   * Creates R tasks/s for {@code seconds}; a slow bulk call delays the next tick, never skips it.
   */
  private static List<String> feed(
      ScenarioContext ctx, Progress progress, int seconds, String label)
      throws InterruptedException {
    BenchSettings s = ctx.settings();
    long total = (long) s.rate() * seconds;
    long ticks = seconds * (1000 / TICK.toMillis());
    List<String> ids = new ArrayList<>((int) total);
    long start = System.nanoTime();
    for (long tick = 1; tick <= ticks; tick++) {
      long due = total * tick / ticks;
      int count = (int) (due - ids.size());
      if (count > 0) {
        ids.addAll(ctx.target().feeder().create(count, ctx.clock().instant().plus(LEAD)));
      }
      progress.update(label, ids.size(), total);
      long wakeAt = start + tick * TICK.toNanos();
      long sleep = wakeAt - System.nanoTime();
      if (sleep > 0) {
        TimeUnit.NANOSECONDS.sleep(sleep);
      }
    }
    return ids;
  }
}
