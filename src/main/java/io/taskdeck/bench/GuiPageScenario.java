package io.taskdeck.bench;

import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * gui-page: with N tasks stored, the time of the Tasks view model's queries through {@link
 * TaskService#list}: its first page (no filter, newest first) and one filtered page (status, type
 * and a name search), built as {@code TasksViewModel.query()} builds them. Each is timed on its
 * first call and its median of {@link #REPEATS}.
 */
final class GuiPageScenario {
  static final int REPEATS = 5;

  /**
   * The Tasks view's page size, {@code TasksViewModel.PAGE_SIZE} (bench does not depend on the UI).
   */
  static final int PAGE_SIZE = 100;

  private GuiPageScenario() {}

  static ScenarioResult run(ScenarioContext ctx) {
    int n = ctx.settings().tasks();
    try (HeapSampler heap = new HeapSampler().start()) {
      Creation.run(ctx.target().feeder(), n, ctx.progress());
      TaskService service =
          ctx.target()
              .taskService()
              .orElseThrow(() -> new IllegalStateException(ctx.engine() + " has no task list"));
      TaskQuery firstPage = TaskQuery.all().withLimit(PAGE_SIZE);
      String needle = TaskdeckTarget.taskName(n / 2);
      TaskQuery filtered =
          new TaskQuery(Set.of(TaskStatus.SCHEDULED), TaskType.NOOP, null, needle, PAGE_SIZE, null);
      double[] first = time(service, firstPage);
      double[] filter = time(service, filtered);
      return ctx.result(n, 0)
          .pages(first[0], filter[0])
          .harnessHeap(heap.peakMb())
          .note(
              String.format(
                  Locale.ROOT,
                  "median of %d: first page %.1f ms, filtered %.1f ms (search '%s')",
                  REPEATS,
                  median(first),
                  median(filter),
                  needle))
          .build();
    }
  }

  /** Runs the query {@link #REPEATS} times; returns each duration in ms, in call order. */
  private static double[] time(TaskService service, TaskQuery query) {
    double[] ms = new double[REPEATS];
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      service.list(query);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return ms;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
