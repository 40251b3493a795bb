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
        out.printf(Locale.ROOT, "== %s: %s on %s, %s%n", engine, settings.scenario(), db.label(), describe(settings));
        out.flush();
        results.add(runScenario(new ScenarioContext(engine, db, target, settings, clock, out)));
      }
    }
    return results;
  }

  /** The size of the run in words, as the scenario uses the options. */
  static String describe(BenchSettings s) {
    String nodes = String.format(Locale.ROOT, "%d node(s) x %d threads", s.nodes(), s.threads());
    switch (s.scenario()) {
      case CREATE:
      case GUI_PAGE:
        return String.format(Locale.ROOT, "%,d tasks, no node", s.tasks());
      case STEADY:
        return String.format(Locale.ROOT, "%,d tasks/s for %d s, %s", s.rate(), s.seconds(), nodes);
      default:
        return String.format(Locale.ROOT, "%,d tasks, %s", s.tasks(), nodes);
    }
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
