package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The original design's three routes, with its field names and status words. */
final class CompatHandlers {
  private final TaskService tasks;
  private final RequestReader reader;

  CompatHandlers(TaskService tasks, RequestReader reader) {
    this.tasks = tasks;
    this.reader = reader;
  }

  void schedule(Context ctx) {
    Task task;
    try {
      TaskSpec spec = ScheduleTaskInput.read(reader.json(ctx), reader.wire());
      task =
          Idempotency.createdBefore(ctx, tasks)
              .map(ids -> tasks.get(ids.get(0)))
              .orElseGet(
                  () ->
                      tasks.as(BearerAuth.actor(ctx)).schedule(spec, Idempotency.requestKey(ctx)));
    } catch (ValidationException e) {
      throw ScheduleTaskInput.inCompatTerms(e);
    }
    ctx.status(201).json(answer(task.id(), "Scheduled"));
  }

  void status(Context ctx) {
    Task task = tasks.get(RequestReader.id(ctx, "task_id", "task"));
    Map<String, Object> body = answer(task.id(), task.status().seedWord());
    body.put("execution_time", executionTime(task));
    ctx.json(body);
  }

  void cancel(Context ctx) {
    Task task = tasks.as(BearerAuth.actor(ctx)).cancel(RequestReader.id(ctx, "task_id", "task"));
    ctx.json(answer(task.id(), task.status().seedWord()));
  }

  /** The next run, or for a one-shot task that has run, the time it was scheduled for. */
  private static Instant executionTime(Task task) {
    if (task.nextRun() == null && task.spec().schedule() instanceof Schedule.Once once) {
      return once.at();
    }
    return task.nextRun();
  }

  private static Map<String, Object> answer(UUID id, String status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("task_id", id);
    body.put("status", status);
    return body;
  }
}
