package io.taskdeck.engine;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.store.StoredTask;
import io.taskdeck.store.TaskRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stores new tasks and arms them: the dispatch queue for one-shot tasks, Quartz for the others. */
final class TaskArming {
  private final TaskRepository tasks;
  private final QuartzGateway quartz;
  private final DispatchPath dispatch;
  private final EngineMetrics metrics;
  private final Clock clock;

  TaskArming(TaskRepository tasks, QuartzGateway quartz, DispatchPath dispatch, EngineMetrics metrics, Clock clock) {
    this.tasks = tasks;
    this.quartz = quartz;
    this.dispatch = dispatch;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Stores new tasks in one transaction. One-shot tasks go to the dispatch queue (a few dispatch
   * triggers for all of them); the others get their own job and trigger, in Quartz transactions of
   * {@link QuartzGateway#BULK_CHUNK}.
   */
  List<StoredTask> arm(List<Task> created) {
    Map<UUID, Integer> partOf = dispatch.partitions(created.stream().filter(TaskArming::oneShot).toList());
    tasks.insertAll(created, t -> partOf.get(t.id()));
    metrics.scheduled(created.size());
    if (!partOf.isEmpty()) {
      Map<UUID, Instant> due = new java.util.HashMap<>();
      created.stream().filter(TaskArming::oneShot).forEach(t -> due.put(t.id(), t.nextRun()));
      dispatch.queued(partOf, due);
    }
    List<StoredTask> stored = created.stream().map(t -> new StoredTask(t, 1, partOf.get(t.id()))).toList();
    List<StoredTask> triggered = stored.stream().filter(st -> !st.dispatched()).toList();
    Map<UUID, Instant> firstRuns = quartz.armNew(triggered, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    Map<UUID, Instant> corrected = new java.util.LinkedHashMap<>();
    for (StoredTask st : triggered) {
      Instant first = firstRuns.get(st.task().id());
      if (first != null && !first.equals(st.task().nextRun())) {
        corrected.put(st.task().id(), first);
      }
    }
    tasks.setNextRuns(corrected);
    return stored;
  }

  private static boolean oneShot(Task t) {
    return t.spec().schedule() instanceof Schedule.Once;
  }
}
