package io.taskdeck.bench;

import java.util.List;
import java.util.Locale;

/**
 * drain: N no-op tasks due now (created before any node runs), then K nodes run them all. Figures
 * come from the execution log: executions/s from the first start to the last finish, duplicates,
 * lost tasks, start delays (start minus due, so they include the time to create the backlog and to
 * start the nodes), and each node's peak heap.
 *
 * <p>crash: the same drain, with one node killed at once when half the tasks ran; it adds the
 * recovery time (see {@link CrashWatch}).
 */
final class DrainScenario {
  private DrainScenario() {}

  static ScenarioResult run(ScenarioContext ctx, boolean crash) throws InterruptedException {
    BenchSettings s = ctx.settings();
    Progress progress = ctx.progress();
    Creation creation = Creation.run(ctx.target().feeder(), s.tasks(), progress);
    ctx.out()
        .printf(
            Locale.ROOT,
            "  [%s %s] created %,d tasks in %.1f s; starting %d node(s)%n",
            ctx.engine(),
            s.scenario(),
            s.tasks(),
            creation.seconds(),
            s.nodes());
    ctx.target().detach();
    try (NodeCluster cluster = NodeCluster.start(ctx.engine(), ctx.db(), s.nodes(), s.threads())) {
      ctx.target().attach();
      ExecutionLog log = ctx.target().executionLog();
      CrashWatch watch =
          crash ? new CrashWatch(cluster.node(0), ctx.target().dataSource(), s.tasks()) : null;
      ExecutionWaiter.Outcome outcome =
          new ExecutionWaiter(log, progress)
              .await(
                  s.tasks(),
                  s.waitLimit(),
                  rows -> {
                    if (watch != null) {
                      watch.onPoll(rows);
                    }
                  },
                  () -> watch == null || watch.settled());
      List<Double> heaps = cluster.stop();
      ExecutionAnalysis analysis = ExecutionAnalysis.of(creation.ids(), log.readAll());
      ResultBuilder result = ctx.result(s.tasks(), s.nodes()).executions(analysis).nodeHeaps(heaps);
      if (!outcome.complete()) {
        result.note("the wait " + outcome.ending());
      }
      if (watch != null) {
        describeCrash(watch, result);
      }
      return result.build();
    }
  }

  private static void describeCrash(CrashWatch watch, ResultBuilder result) {
    result.recovery(watch.recoverySeconds());
    if (!watch.killed()) {
      result.note("no node was killed: the drain ended before half the tasks ran");
    } else if (watch.recoverySeconds() == null) {
      result.note("node " + watch.victimId() + " was killed but never recovered by the cluster");
    } else {
      result.note("killed node " + watch.victimId() + " at half the drain");
    }
  }
}
