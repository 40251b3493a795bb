package io.taskdeck.bench;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.SQLException;
import java.util.List;

/**
 * The benchmark's two db-scheduler tasks, each instance a task of the benchmark (its id is the
 * instance id): a one-time task, and a recurring task every {@link RecurringScenario#EVERY} whose
 * instances the harness schedules itself (none is scheduled at start-up). db-scheduler's recurring
 * schedules are fixed-delay: the next execution is due one period after the previous one completed.
 * Each execution records itself in the {@link RecordingTable}, with db-scheduler's execution time
 * as the occurrence.
 */
final class DbSchedulerTasks {
  static final String ONCE = "bench-once";
  static final String RECURRING = "bench-recurring";

  private DbSchedulerTasks() {}

  /** The tasks for a node, whose executions {@code table} records. */
  static List<Task<?>> recordingTo(RecordingTable table) {
    return executing((instance, ctx) -> record(table, instance, ctx));
  }

  /** The tasks as the harness knows them: it schedules instances and never executes them. */
  static List<Task<?>> forScheduling() {
    return executing(
        (instance, ctx) -> {
          throw new IllegalStateException("the harness does not execute tasks");
        });
  }

  private static List<Task<?>> executing(VoidExecutionHandler<Void> handler) {
    return List.of(
        Tasks.oneTime(ONCE).execute(handler),
        Tasks.recurring(RECURRING, FixedDelay.of(RecurringScenario.EVERY))
            .doNotScheduleOnStartup()
            .execute(handler));
  }

  private static void record(
      RecordingTable table, TaskInstance<Void> instance, ExecutionContext ctx) {
    try {
      table.record(instance.getId(), ctx.getExecution().executionTime);
    } catch (SQLException e) {
      // db-scheduler's failure handler logs it and retries the one-time task; the harness sees a
      // missing row
      throw new IllegalStateException("cannot record the execution: " + e.getMessage(), e);
    }
  }
}
