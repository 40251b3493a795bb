package io.taskdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * recurring: with K nodes running, N interval tasks every {@link #EVERY} are created in bulk (as
 * {@link RecurringPlan} phases them, so about N / 60 come due each second), they run for a warm-up,
 * and then their occurrences are measured for S seconds. After the window it waits up to {@link
 * BenchSettings#STEADY_GRACE} for the window's last occurrences. Figures come from the execution
 * log and the tasks' anchors only (see {@link RecurringAnalysis}): occurrences run per second of
 * the window, start delays over occurrences, duplicates and lost occurrences, and how fast the
 * tasks were created.
 */
final class RecurringScenario {
  static final Duration EVERY = Duration.ofSeconds(60);

  /** A batch's first anchors are this far after its creation starts. */
  static final Duration LEAD = Duration.ofSeconds(1);

  /** After the window, the wait also ends when no occurrence of the window ran for this long. */
  static final Duration QUIET = Duration.ofSeconds(10);

  private RecurringScenario() {}

  static ScenarioResult run(ScenarioContext ctx) throws InterruptedException {
    BenchSettings s = ctx.settings();
    ctx.target().detach();
    try (NodeCluster cluster = NodeCluster.start(ctx.engine(), ctx.db(), s.nodes(), s.threads())) {
      ctx.target().attach();
      Progress progress = ctx.progress();
      long createStart = System.nanoTime();
      List<RecurringTask> tasks = create(ctx, progress);
      double createSeconds = (System.nanoTime() - createStart) / 1e9;
      Instant windowStart = ctx.clock().instant().plusSeconds(s.warmup());
      Instant windowEnd = windowStart.plusSeconds(s.seconds());
      ctx.out()
          .printf(
              Locale.ROOT,
              "  [%s %s] created %,d recurring tasks in %.1f s; measuring %s to %s%n",
              ctx.engine(),
              s.scenario(),
              tasks.size(),
              createSeconds,
              windowStart,
              windowEnd);
      ExecutionLog log = ctx.target().executionLog();
      Cadence cadence = ctx.engine().cadence();
      long owed = RecurringAnalysis.dueAtFixedRate(tasks, EVERY, windowStart, windowEnd);
      watch(ctx, log, tasks, windowStart, windowEnd, progress);
      String ending = awaitLast(ctx, log, windowStart, windowEnd, owed, progress);
      List<Double> heaps = cluster.stop();
      RecurringAnalysis a =
          RecurringAnalysis.of(tasks, EVERY, cadence, windowStart, windowEnd, log.readAll());
      return describe(ctx, a, tasks.size() / createSeconds, heaps, cadence, ending).build();
    }
  }

  /** Creates the tasks in bulk calls, each batch anchored from its own start plus {@link #LEAD}. */
  private static List<RecurringTask> create(ScenarioContext ctx, Progress progress) {
    int n = ctx.settings().tasks();
    RecurringPlan plan = new RecurringPlan(ctx.clock().instant(), EVERY, n);
    List<RecurringTask> tasks = new ArrayList<>(n);
    while (tasks.size() < n) {
      int from = tasks.size();
      int batch = Math.min(BenchSettings.CREATE_BATCH, n - from);
      Instant notBefore = ctx.clock().instant().plus(LEAD);
      List<Instant> anchors = new ArrayList<>(batch);
      for (int i = from; i < from + batch; i++) {
        anchors.add(plan.anchor(i, notBefore));
      }
      List<String> ids = ctx.target().feeder().createRecurring(anchors, EVERY);
      Instant createdBy = ctx.clock().instant();
      for (int i = 0; i < batch; i++) {
        tasks.add(new RecurringTask(ids.get(i), anchors.get(i), createdBy));
      }
      progress.update("created", tasks.size(), n);
    }
    return tasks;
  }

  /** Until the window ends: every few seconds, how many of the window's occurrences ran so far. */
  private static void watch(
      ScenarioContext ctx,
      ExecutionLog log,
      List<RecurringTask> tasks,
      Instant from,
      Instant to,
      Progress progress)
      throws InterruptedException {
    progress.reset(0);
    Instant now;
    while ((now = ctx.clock().instant()).isBefore(to)) {
      if (now.isAfter(from)) {
        long dueSoFar = RecurringAnalysis.dueAtFixedRate(tasks, EVERY, from, now);
        progress.update("window: occurrences run", log.countOccurrencesIn(from, now), dueSoFar);
      }
      long untilEnd = Math.max(1, Duration.between(now, to).toMillis());
      TimeUnit.MILLISECONDS.sleep(Math.min(Progress.EVERY_NANOS / 1_000_000, untilEnd));
    }
  }

  /**
   * After the window, polls once a second until the window's occurrences that ran reach {@code
   * owed} (what a fixed rate owes; a fixed delay's occurrences drift later, so fewer of them fall
   * in the window), none ran for {@link #QUIET}, or {@link BenchSettings#STEADY_GRACE} passed.
   * Returns why it ended.
   */
  private static String awaitLast(
      ScenarioContext ctx, ExecutionLog log, Instant from, Instant to, long owed, Progress progress)
      throws InterruptedException {
    long start = System.nanoTime();
    long lastChange = start;
    long last = -1;
    while (true) {
      long rows = log.countOccurrencesIn(from, to);
      long now = System.nanoTime();
      progress.update("after the window: occurrences run", rows, owed);
      if (rows != last) {
        last = rows;
        lastChange = now;
      }
      if (rows >= owed) {
        return "complete";
      }
      if (now - lastChange > QUIET.toNanos()) {
        return "quiet for " + QUIET.toSeconds() + " s";
      }
      if (now - start > BenchSettings.STEADY_GRACE.toNanos()) {
        return "stopped " + BenchSettings.STEADY_GRACE.toSeconds() + " s after the window";
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  private static ResultBuilder describe(
      ScenarioContext ctx,
      RecurringAnalysis a,
      double createdPerS,
      List<Double> heaps,
      Cadence cadence,
      String ending) {
    BenchSettings s = ctx.settings();
    RecurringAnalysis.Tally w = a.window();
    ResultBuilder result =
        ctx.result(s.tasks(), s.nodes())
            .rate(a.ranInWindow() / (double) s.seconds(), s.seconds())
            .counts(w.duplicates(), w.lost(), w.delays())
            .recurring(createdPerS, w.due())
            .nodeHeaps(heaps);
    result.note(
        String.format(
            Locale.ROOT,
            "window of %d s: %,d occurrences due (%.0f/s), %,d ran; the wait after it: %s",
            s.seconds(),
            w.due(),
            w.due() / (double) s.seconds(),
            w.ran(),
            ending));
    RecurringAnalysis.Tally b = a.before();
    result.note(
        String.format(
            Locale.ROOT,
            "before the window (creation and a %d s warm-up), not counted: %,d due, %,d ran, %d duplicates, %d lost",
            s.warmup(),
            b.due(),
            b.ran(),
            b.duplicates(),
            b.lost()));
    if (cadence == Cadence.FIXED_DELAY) {
      result.note(
          "fixed delay: each occurrence is due one period after the previous one finished, so the"
              + " occurrences drift and a task that stops running loses one occurrence, not all it would have had");
    }
    if (a.offSchedule() > 0) {
      result.note(
          a.offSchedule() + " executions at a time that is none of their task's occurrences");
    }
    if (a.unexpected() > 0) {
      result.note(a.unexpected() + " executions of tasks this run did not create");
    }
    return result;
  }
}
