package io.taskdeck.bench;

import java.util.List;

/**
 * The figures of one scenario on one engine. Fields that do not apply to a scenario are null
 * (create has no delays; only crash has a recovery time; only gui-page has query times).
 *
 * @param ratePerS create: tasks/s; drain, steady, crash: executions/s from first start to last
 *     finish; recurring: occurrences whose first execution started in the window, per second of it;
 *     gui-page: null
 * @param wallS create: time to create; drain, steady, crash: first start to last finish; recurring:
 *     the window; gui-page: null
 * @param peakHeapMb the highest peak heap of the nodes (create, gui-page: of the harness), in MiB
 * @param createdPerS recurring: how fast its recurring tasks were created, tasks/s; otherwise null
 * @param occurrencesDue recurring: occurrences due in the measured window; otherwise null
 */
public record ScenarioResult(
    EngineKind engine,
    Scenario scenario,
    String db,
    long tasks,
    int nodes,
    int threads,
    Double ratePerS,
    Double wallS,
    Long duplicates,
    Long lost,
    DelayStats startDelayMs,
    double peakHeapMb,
    List<Double> nodePeakHeapMb,
    Double recoveryS,
    Double firstPageMs,
    Double filteredPageMs,
    Double createdPerS,
    Long occurrencesDue,
    List<String> notes) {

  public ScenarioResult {
    nodePeakHeapMb = nodePeakHeapMb == null ? List.of() : List.copyOf(nodePeakHeapMb);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** This result with one more note. */
  public ScenarioResult withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
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
        startDelayMs,
        peakHeapMb,
        nodePeakHeapMb,
        recoveryS,
        firstPageMs,
        filteredPageMs,
        createdPerS,
        occurrencesDue,
        more);
  }
}
