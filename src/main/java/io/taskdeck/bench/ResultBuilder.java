package io.taskdeck.bench;

import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link ScenarioResult}; fields that do not apply stay null. */
final class ResultBuilder {
  private final EngineKind engine;
  private final Scenario scenario;
  private final String db;
  private final long tasks;
  private final int nodes;
  private final int threads;
  private Double ratePerS;
  private Double wallS;
  private Long duplicates;
  private Long lost;
  private DelayStats delays;
  private List<Double> nodeHeaps = List.of();
  private double peakHeapMb;
  private Double recoveryS;
  private Double firstPageMs;
  private Double filteredPageMs;
  private Double createdPerS;
  private Long occurrencesDue;
  private final List<String> notes = new ArrayList<>();

  ResultBuilder(
      EngineKind engine, Scenario scenario, String db, long tasks, int nodes, int threads) {
    this.engine = engine;
    this.scenario = scenario;
    this.db = db;
    this.tasks = tasks;
    this.nodes = nodes;
    this.threads = threads;
  }

  ResultBuilder rate(double perSecond, double seconds) {
    this.ratePerS = perSecond;
    this.wallS = seconds;
    return this;
  }

  /** Rate, wall time, duplicates, losses and delays from an execution analysis. */
  ResultBuilder executions(ExecutionAnalysis a) {
    rate(a.executionsPerSecond(), a.span().toMillis() / 1000.0);
    counts(a.duplicates(), a.lost(), a.delays());
    if (a.perNode().size() > 1) {
      note("executions per node: " + a.perNode().values());
    }
    if (a.unexpected() > 0) {
      note(a.unexpected() + " executions of tasks this run did not create");
    }
    return this;
  }

  ResultBuilder counts(long duplicateRuns, long lostTasks, DelayStats startDelays) {
    this.duplicates = duplicateRuns;
    this.lost = lostTasks;
    this.delays = startDelays;
    return this;
  }

  ResultBuilder nodeHeaps(List<Double> heapsMb) {
    this.nodeHeaps = List.copyOf(heapsMb);
    this.peakHeapMb = heapsMb.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return this;
  }

  ResultBuilder harnessHeap(double mb) {
    this.peakHeapMb = mb;
    return this;
  }

  ResultBuilder recovery(Double seconds) {
    this.recoveryS = seconds;
    return this;
  }

  ResultBuilder pages(double firstMs, double filteredMs) {
    this.firstPageMs = firstMs;
    this.filteredPageMs = filteredMs;
    return this;
  }

  /** recurring: the creation rate of its tasks and the occurrences due in its window. */
  ResultBuilder recurring(double createdTasksPerS, long dueInWindow) {
    this.createdPerS = createdTasksPerS;
    this.occurrencesDue = dueInWindow;
    return this;
  }

  ResultBuilder note(String note) {
    notes.add(note);
    return this;
  }

  ScenarioResult build() {
    return new ScenarioResult(
        engine,
        scenario,
        db,
        tasks,
        nodes,
        threads,
        ratePerS,
        wallS,
        duplicates,
        lost,
        delays,
        peakHeapMb,
        nodeHeaps,
        recoveryS,
        firstPageMs,
        filteredPageMs,
        createdPerS,
        occurrencesDue,
        notes);
  }
}
