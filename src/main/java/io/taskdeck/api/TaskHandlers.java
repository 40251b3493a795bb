package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.StaleRevisionException;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.TaskInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Thin handlers of /api/v1/tasks: parse, call {@link TaskService}, map to DTOs. */
final class TaskHandlers {
  /** How often a PATCH without If-Match merges again when the task changed under it. */
  private static final int MERGE_ATTEMPTS = 5;

  private final TaskService tasks;
  private final RequestReader reader;

  TaskHandlers(TaskService tasks, RequestReader reader) {
    this.tasks = tasks;
    this.reader = reader;
  }

  void list(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    TaskQuery query =
        new TaskQuery(
            q.taskStatuses(), q.type(), q.text("group"), q.text("q"), q.limit(), q.text("cursor"));
    ctx.json(PageDto.of(tasks.list(query), TaskDto::of));
  }

  void create(Context ctx) {
    TaskSpec spec = TaskInput.create(reader.json(ctx), "", reader.wire());
    Optional<List<UUID>> before = Idempotency.createdBefore(ctx, tasks);
    Task task =
        before.isPresent()
            ? tasks.get(before.get().get(0))
            : tasks.as(BearerAuth.actor(ctx)).schedule(spec, Idempotency.requestKey(ctx));
    answer(ctx.status(201).header("Location", "/api/v1/tasks/" + task.id()), task);
  }

  void bulk(Context ctx) {
    BulkInput body = reader.wire().read(reader.json(ctx), BulkInput.class, "");
    if (body.tasks() == null || body.tasks().isEmpty()) {
      throw new ValidationException("tasks", "tasks must be a non-empty array of tasks");
    }
    List<TaskSpec> specs = new ArrayList<>(body.tasks().size());
    for (int i = 0; i < body.tasks().size(); i++) {
      specs.add(TaskInput.create(body.tasks().get(i), "tasks[" + i + "].", reader.wire()));
    }
    List<UUID> ids =
        Idempotency.createdBefore(ctx, tasks)
            .orElseGet(
                () ->
                    tasks
                        .as(BearerAuth.actor(ctx))
                        .scheduleAll(specs, Idempotency.requestKey(ctx)));
    ctx.status(201).json(Map.of("ids", ids));
  }

  void get(Context ctx) {
    answer(ctx, tasks.get(id(ctx)));
  }

  /**
   * Merges the body's fields into the task as read, and writes the result only if the task is still
   * at the revision read (in the write's transaction): a stale {@code If-Match} is 412 and nothing
   * changes. Without {@code If-Match}, a change made meanwhile by someone else is merged again.
   */
  void patch(Context ctx) {
    UUID id = id(ctx);
    JsonNode body = reader.json(ctx);
    boolean conditional = ctx.header("If-Match") != null;
    for (int attempt = 1; ; attempt++) {
      Task current = tasks.get(id);
      ETags.requireMatch(ctx, ETags.ofRevision(current.revision()));
      TaskSpec merged = TaskInput.merge(current.spec(), body, reader.wire());
      if (body.size() == 0) {
        throw new ValidationException("body", "give at least one field to change");
      }
      try {
        answer(ctx, tasks.as(BearerAuth.actor(ctx)).update(id, merged, current.revision()));
        return;
      } catch (StaleRevisionException changedMeanwhile) {
        if (conditional || attempt == MERGE_ATTEMPTS) {
          throw changedMeanwhile;
        }
      }
    }
  }

  void cancel(Context ctx) {
    answer(ctx, tasks.as(BearerAuth.actor(ctx)).cancel(id(ctx)));
  }

  void pause(Context ctx) {
    answer(ctx, tasks.as(BearerAuth.actor(ctx)).pause(id(ctx)));
  }

  void resume(Context ctx) {
    answer(ctx, tasks.as(BearerAuth.actor(ctx)).resume(id(ctx)));
  }

  void run(Context ctx) {
    answer(ctx, tasks.as(BearerAuth.actor(ctx)).runNow(id(ctx)));
  }

  /**
   * Stops the running attempt: 202, it settles STOPPED within about a second; 409 when none runs.
   */
  void stop(Context ctx) {
    answer(ctx.status(202), tasks.as(BearerAuth.actor(ctx)).stop(id(ctx)));
  }

  void executions(Context ctx) {
    UUID id = tasks.get(id(ctx)).id();
    QueryReader q = new QueryReader(ctx);
    ExecutionQuery query =
        new ExecutionQuery(
            id,
            q.executionStatuses(),
            q.instant("from"),
            q.instant("to"),
            q.limit(),
            q.text("cursor"));
    ctx.json(PageDto.of(tasks.executions(query), ExecutionDto::of));
  }

  void allExecutions(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    ExecutionQuery query =
        new ExecutionQuery(
            q.uuid("task_id"),
            q.executionStatuses(),
            q.instant("from"),
            q.instant("to"),
            q.limit(),
            q.text("cursor"));
    ctx.json(PageDto.of(tasks.executions(query), ExecutionDto::of));
  }

  /** One execution row; while it runs, its output so far. */
  void execution(Context ctx) {
    long logId = RequestReader.longId(ctx, "log_id", "execution");
    ctx.json(
        ExecutionDto.of(
            tasks
                .execution(logId)
                .orElseThrow(() -> HttpProblem.notFound("execution", String.valueOf(logId)))));
  }

  /** Stops that attempt: 202; 409 when it is not running. */
  void stopExecution(Context ctx) {
    ctx.status(202)
        .json(
            ExecutionDto.of(
                tasks
                    .as(BearerAuth.actor(ctx))
                    .stopExecution(RequestReader.longId(ctx, "log_id", "execution"))));
  }

  void clusterNodes(Context ctx) {
    ctx.json(Map.of("items", tasks.clusterNodes().stream().map(NodeDto::of).toList()));
  }

  /** The task with its revision as the ETag. */
  private static void answer(Context ctx, Task task) {
    ctx.header("ETag", ETags.ofRevision(task.revision())).json(TaskDto.of(task));
  }

  /** {@code POST /api/v1/tasks/bulk}: {@code {"tasks":[...]}}. */
  record BulkInput(List<JsonNode> tasks) {}

  private static UUID id(Context ctx) {
    return RequestReader.id(ctx, "id", "task");
  }
}
