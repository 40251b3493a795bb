package io.taskdeck.bench;

/**
 * create: N one-shot no-op tasks due now, inserted through the engine's bulk path with no node
 * executing. Reports tasks/s and the harness's peak heap (the harness is the creating process).
 */
final class CreateScenario {
  private CreateScenario() {}

  static ScenarioResult run(ScenarioContext ctx) {
    int n = ctx.settings().tasks();
    try (HeapSampler heap = new HeapSampler().start()) {
      Creation creation = Creation.run(ctx.target().feeder(), n, ctx.progress());
      long stored = ctx.target().storedTaskCount();
      ResultBuilder result =
          ctx.result(n, 0)
              .rate(creation.perSecond(), creation.seconds())
              .harnessHeap(heap.peakMb());
      if (stored != n) {
        result.note("stored " + stored + " tasks, expected " + n);
      }
      return result.build();
    }
  }
}
