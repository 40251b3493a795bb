package io.taskdeck.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs one scenario on each requested engine, each on its own fresh database. */
final class BenchRun {
  static final String ANALYZE_NOTE =
      "autovacuum is off on this server: the harness ran ANALYZE on the benchmark schema every "
          + StatsKeeper.PERIOD_S
          + " s";

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
      DbLogin login = settings.login();
      try (ScratchDatabase db =
              ScratchDatabase.create(settings.db(), login.user(), login.password());
          DropOnExit dropOnExit = new DropOnExit(db);
          StatsKeeper stats = StatsKeeper.startIfNeeded(db);
          BenchTarget target = engine.openTarget(db, clock)) {
        out.printf(
            Locale.ROOT,
            "== %s: %s on %s, %s%n",
            engine,
            settings.scenario(),
            db.label(),
            describe(settings));
        out.flush();
        ScenarioResult result =
            runScenario(new ScenarioContext(engine, db, target, settings, clock, out));
        result = engine.settingsNote(db).map(result::withNote).orElse(result);
        results.add(stats.active() ? result.withNote(ANALYZE_NOTE) : result);
      }
    }
    return results;
  }

  /** Drops the scratch database also when the run is interrupted (Ctrl-C); removed after a run. */
  private static final class DropOnExit implements AutoCloseable {
    private final Thread hook;

    DropOnExit(ScratchDatabase db) {
      this.hook = new Thread(db::close, "bench-drop-scratch-db");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs anyway.
      }
    }
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
      case RECURRING:
        return String.format(
            Locale.ROOT,
            "%,d tasks every %d s, measured %d s after a %d s warm-up, %s",
            s.tasks(),
            RecurringScenario.EVERY.toSeconds(),
            s.seconds(),
            s.warmup(),
            nodes);
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
      case RECURRING:
        return RecurringScenario.run(ctx);
      case GUI_PAGE:
        return GuiPageScenario.run(ctx);
      default:
        throw new IllegalArgumentException("unknown scenario " + ctx.settings().scenario());
    }
  }
}
