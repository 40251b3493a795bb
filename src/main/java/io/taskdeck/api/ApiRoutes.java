package io.taskdeck.api;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/** The route table: every route of the API, declared here and nowhere else. */
final class ApiRoutes {
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";
  /** Paths answered without a token: a probe, and the description of the API. */
  static final Set<String> OPEN_PATHS = Set.of(HEALTH, OPENAPI);

  private static final String V1 = "/api/v1";
  private static final String TASK = V1 + "/tasks/{id}";
  private static final String CALENDAR = V1 + "/calendars/{name}";

  private ApiRoutes() {}

  static List<Route> table(
      TaskHandlers tasks, RetryHandlers retries, CalendarHandlers calendars, CompatHandlers compat, SystemHandlers system,
      OpenApiHandler openApi, Idempotency idempotency, DefinitionsHandlers definitions) {
    return List.of(
        Route.post("/scheduleTask", "Schedule a task (original design)", "ScheduleTaskRequest", 201,
            "ScheduleTaskResponse", compat::schedule).idempotent(idempotency),
        Route.get("/taskStatus/{task_id}", "A task's status in the original design's words",
            "TaskStatusResponse", compat::status),
        Route.delete("/cancelTask/{task_id}", "Cancel a task (original design)", "ScheduleTaskResponse",
            compat::cancel),
        Route.get(V1 + "/tasks", "List tasks, newest first", "TaskPage", tasks::list)
            .withQuery("status", "type", "q", "group", "limit", "cursor"),
        Route.post(V1 + "/tasks", "Create a task", "TaskInput", 201, "Task", tasks::create).idempotent(idempotency),
        Route.post(V1 + "/tasks/bulk", "Create many tasks at once; all or none", "BulkRequest", 201,
            "BulkResponse", tasks::bulk).idempotent(idempotency),
        Route.get(TASK, "One task", "Task", tasks::get),
        Route.patch(TASK, "Change fields of a task; a schedule alone reschedules it", "TaskPatch", "Task",
            tasks::patch).conditional(),
        Route.delete(TASK, "Cancel a task", "Task", tasks::cancel),
        Route.post(TASK + "/pause", "Pause a task", null, 200, "Task", tasks::pause),
        Route.post(TASK + "/resume", "Resume a paused task", null, 200, "Task", tasks::resume),
        Route.post(TASK + "/run", "Run a task now, besides its schedule", null, 200, "Task", tasks::run),
        Route.get(TASK + "/executions", "A task's attempts, newest first", "ExecutionPage", tasks::executions)
            .withQuery("status", "from", "to", "limit", "cursor"),
        Route.get(V1 + "/executions", "The execution log, newest first", "ExecutionPage", tasks::allExecutions)
            .withQuery("task_id", "status", "from", "to", "limit", "cursor"),
        Route.get(V1 + "/dead-letters", "Dead letters not yet requeued, newest first", "DeadLetterPage",
            retries::listDeadLetters).withQuery("limit", "cursor"),
        Route.post(V1 + "/dead-letters/{id}/requeue", "Requeue a dead letter: attempts reset, runs now (or at the ISO-8601 instant of the query parameter at)", null, 200,
            "RequeueResponse", retries::requeue),
        Route.delete(V1 + "/dead-letters/{id}", "Delete a dead letter", "DeletedResponse", retries::deleteDeadLetter),
        Route.get(V1 + "/calendars", "Exclusion calendars by name", "CalendarList", calendars::list),
        Route.post(V1 + "/calendars", "Create a calendar (409 if the name is taken)", "Calendar", 201, "Calendar",
            calendars::create),
        Route.get(CALENDAR, "One calendar", "Calendar", calendars::get),
        new Route(HandlerType.PUT, CALENDAR, "Replace a calendar; tasks using it follow (If-Match honoured)",
            List.of(), "Calendar", 200, "Calendar", calendars::replace).conditional(),
        Route.delete(CALENDAR, "Delete a calendar no live task uses (409 otherwise)", "DeletedResponse",
            calendars::delete),
        Route.get(V1 + "/export", "The live tasks and the calendars as a definitions file (YAML by Accept: application/yaml)",
            OpenApiDefinitions.FILE, definitions::export).withQuery("group"),
        Route.post(V1 + "/apply", "Create, update (and with prune cancel) tasks and calendars to match a definitions file",
            OpenApiDefinitions.FILE, 200, "ApplyPlan", definitions::apply).withQuery("dry_run", "prune"),
        Route.get(V1 + "/cluster/nodes", "The nodes of the cluster on this database", "NodeList",
            tasks::clusterNodes),
        Route.get(HEALTH, "Database and scheduler state (no token needed)", "Health", system::health),
        Route.get("/metrics", "Prometheus metrics", "PrometheusText", system::metrics),
        Route.get(OPENAPI, "This document (no token needed)", "OpenApi", openApi));
  }
}
