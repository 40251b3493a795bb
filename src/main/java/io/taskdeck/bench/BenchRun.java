package io.taskdeck.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs one scenario on each requested engine, each on its own fresh database. */
final class BenchRun {
  private final BenchSettings settings;
  private final Clock clock;
  private final PrintStream out;

  BenchRun(BenchSettings settings, Clock clock, PrintStream out) {
    this.settings = settings;
    this.clock = clock;
    this.out = out;
  }

  List<ScenarioResult> run() throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>();
    for (EngineKind engine : settings.engines()) {
      try (ScratchDatabase db = ScratchDatabase.create(settings.db());
          BenchTarget target = engine.openTarget(db, settings.threads(), clock)) {
        out.printf(
            Locale.ROOT,
            "== %s: %s on %s, %,d tasks, %d node(s) x %d threads%n",
            engine, settings.scenario(), db.label(), settings.tasks(), settings.nodes(), settings.threads());
        out.flush();
        results.add(runScenario(new ScenarioContext(engine, db, target, settings, clock, out)));
      }
    }
    return results;
  }

  private static ScenarioResult runScenario(ScenarioContext ctx) throws InterruptedException {
    switch (ctx.settings().scenario()) {
      case CREATE:
        return CreateScenario.run(ctx);
      case DRAIN:
        return DrainScenario.run(ctx, false);
      case CRASH:
        return DrainScenario.run(ctx, true);
      case STEADY:
        return SteadyScenario.run(ctx);
      case GUI_PAGE:
        return GuiPageScenario.run(ctx);
      default:
        throw new IllegalArgumentException("unknown scenario " + ctx.settings().scenario());
    }
  }
}
