package io.taskdeck.bench;

import java.io.PrintStream;
import java.time.Clock;

/** What a scenario runs against: one engine on one fresh database. */
record ScenarioContext(
    EngineKind engine,
    ScratchDatabase db,
    BenchTarget target,
    BenchSettings settings,
    Clock clock,
    PrintStream out) {

  Progress progress() {
    return new Progress(out, engine.wireName() + " " + settings.scenario().wireName());
  }

  /** A result with this run's engine, scenario, database and sizes filled in. */
  ResultBuilder result(long tasks, int nodes) {
    return new ResultBuilder(
        engine, settings.scenario(), db.label(), tasks, nodes, settings.threads());
  }
}
