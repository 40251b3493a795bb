package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Thin handlers of /api/v1/tasks: parse, call {@link TaskService}, map to DTOs. */
final class TaskHandlers {
  private final TaskService tasks;
  private final RequestReader reader;

  TaskHandlers(TaskService tasks, RequestReader reader) {
    this.tasks = tasks;
    this.reader = reader;
  }

  void list(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    TaskQuery query =
        new TaskQuery(q.taskStatuses(), q.type(), q.text("group"), q.text("q"), q.limit(), q.text("cursor"));
    ctx.json(PageDto.of(tasks.list(query), TaskDto::of));
  }

  void create(Context ctx) {
    Task task = tasks.schedule(TaskSpecReader.create(reader.json(ctx), ""));
    ctx.status(201).header("Location", "/api/v1/tasks/" + task.id()).json(TaskDto.of(task));
  }

  void bulk(Context ctx) {
    JsonFields body = JsonFields.of(reader.json(ctx), "", Set.of("tasks"));
    JsonNode array = body.child("tasks");
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new ValidationException("tasks", "tasks must be a non-empty array of tasks");
    }
    List<TaskSpec> specs = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      specs.add(TaskSpecReader.create(array.get(i), "tasks[" + i + "]."));
    }
    List<UUID> ids = tasks.scheduleAll(specs);
    ctx.status(201).json(Map.of("ids", ids));
  }

  void get(Context ctx) {
    ctx.json(TaskDto.of(tasks.get(id(ctx))));
  }

  /** Merges the fields present into the task; a body with only a schedule reschedules it. */
  void patch(Context ctx) {
    UUID id = id(ctx);
    JsonNode body = reader.json(ctx);
    TaskSpec merged = TaskSpecReader.merge(tasks.get(id).spec(), body);
    if (body.size() == 0) {
      throw new ValidationException("body", "give at least one field to change");
    }
    Task task =
        body.size() == 1 && body.has("schedule")
            ? tasks.reschedule(id, merged.schedule())
            : tasks.update(id, merged);
    ctx.json(TaskDto.of(task));
  }

  void cancel(Context ctx) {
    ctx.json(TaskDto.of(tasks.cancel(id(ctx))));
  }

  void pause(Context ctx) {
    ctx.json(TaskDto.of(tasks.pause(id(ctx))));
  }

  void resume(Context ctx) {
    ctx.json(TaskDto.of(tasks.resume(id(ctx))));
  }

  void run(Context ctx) {
    ctx.json(TaskDto.of(tasks.runNow(id(ctx))));
  }

  void executions(Context ctx) {
    UUID id = tasks.get(id(ctx)).id();
    QueryReader q = new QueryReader(ctx);
    ExecutionQuery query =
        new ExecutionQuery(id, q.executionStatuses(), q.instant("from"), q.instant("to"), q.limit(), q.text("cursor"));
    ctx.json(PageDto.of(tasks.executions(query), ExecutionDto::of));
  }

  void allExecutions(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    ExecutionQuery query =
        new ExecutionQuery(
            q.uuid("task_id"), q.executionStatuses(), q.instant("from"), q.instant("to"), q.limit(), q.text("cursor"));
    ctx.json(PageDto.of(tasks.executions(query), ExecutionDto::of));
  }

  void clusterNodes(Context ctx) {
    ctx.json(Map.of("items", tasks.clusterNodes().stream().map(NodeDto::of).toList()));
  }

  private static UUID id(Context ctx) {
    return RequestReader.id(ctx, "id", "task");
  }
}
