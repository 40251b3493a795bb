package io.taskdeck.api;

import static io.taskdeck.core.Role.ADMIN;
import static io.taskdeck.core.Role.OPERATOR;
import static io.taskdeck.core.Role.VIEWER;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * The route table: every route of the API, declared here and nowhere else, with the least role that
 * may call it (the role matrix; README's "Roles" table is this one). A role includes the ones
 * before it: viewer, operator, admin. Open routes (no token) have no role.
 */
final class ApiRoutes {
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  /** Paths answered without a token: a probe, and the description of the API. */
  static final Set<String> OPEN_PATHS = Set.of(HEALTH, OPENAPI);

  private static final String V1 = "/api/v1";
  private static final String TASK = V1 + "/tasks/{id}";
  private static final String CALENDAR = V1 + "/calendars/{name}";

  private ApiRoutes() {}

  /** The handlers the routes call. */
  record Handlers(
      TaskHandlers tasks,
      RetryHandlers retries,
      CalendarHandlers calendars,
      CompatHandlers compat,
      SystemHandlers system,
      TokenHandlers tokens,
      AuditHandlers audit,
      OpenApiHandler openApi,
      Idempotency idempotency,
      DefinitionsHandlers definitions) {}

  static List<Route> table(Handlers h) {
    TaskHandlers tasks = h.tasks();
    CalendarHandlers calendars = h.calendars();
    return List.of(
        Route.post(
                ADMIN,
                "/scheduleTask",
                "Schedule a task (original design)",
                "ScheduleTaskRequest",
                201,
                "ScheduleTaskResponse",
                h.compat()::schedule)
            .idempotent(h.idempotency()),
        Route.get(
            VIEWER,
            "/taskStatus/{task_id}",
            "A task's status in the original design's words",
            "TaskStatusResponse",
            h.compat()::status),
        Route.delete(
            OPERATOR,
            "/cancelTask/{task_id}",
            "Cancel a task (original design)",
            "ScheduleTaskResponse",
            h.compat()::cancel),
        Route.get(VIEWER, V1 + "/tasks", "List tasks, newest first", "TaskPage", tasks::list)
            .withQuery("status", "type", "q", "group", "limit", "cursor"),
        Route.post(ADMIN, V1 + "/tasks", "Create a task", "TaskInput", 201, "Task", tasks::create)
            .idempotent(h.idempotency()),
        Route.post(
                ADMIN,
                V1 + "/tasks/bulk",
                "Create many tasks at once; all or none",
                "BulkRequest",
                201,
                "BulkResponse",
                tasks::bulk)
            .idempotent(h.idempotency()),
        Route.get(VIEWER, TASK, "One task", "Task", tasks::get),
        Route.patch(
                ADMIN,
                TASK,
                "Change fields of a task; a schedule alone reschedules it",
                "TaskPatch",
                "Task",
                tasks::patch)
            .conditional(),
        Route.delete(OPERATOR, TASK, "Cancel a task", "Task", tasks::cancel),
        Route.post(OPERATOR, TASK + "/pause", "Pause a task", null, 200, "Task", tasks::pause),
        Route.post(
            OPERATOR, TASK + "/resume", "Resume a paused task", null, 200, "Task", tasks::resume),
        Route.post(
            OPERATOR,
            TASK + "/run",
            "Run a task now, besides its schedule",
            null,
            200,
            "Task",
            tasks::run),
        Route.post(
            OPERATOR,
            TASK + "/stop",
            "Stop the running attempt: it is killed and settles STOPPED within about a second (409 if none runs)",
            null,
            202,
            "Task",
            tasks::stop),
        Route.get(
                VIEWER,
                TASK + "/executions",
                "A task's attempts, newest first",
                "ExecutionPage",
                tasks::executions)
            .withQuery("status", "from", "to", "limit", "cursor"),
        Route.get(
                VIEWER,
                V1 + "/executions",
                "The execution log, newest first",
                "ExecutionPage",
                tasks::allExecutions)
            .withQuery("task_id", "status", "from", "to", "limit", "cursor"),
        Route.get(
            VIEWER,
            V1 + "/executions/{log_id}",
            "One attempt; while it runs, its output so far (stored about once a second)",
            "Execution",
            tasks::execution),
        Route.post(
            OPERATOR,
            V1 + "/executions/{log_id}/stop",
            "Stop this attempt: it is killed and settles STOPPED within about a second (409 if it is not running)",
            null,
            202,
            "Execution",
            tasks::stopExecution),
        Route.get(
                VIEWER,
                V1 + "/dead-letters",
                "Dead letters not yet requeued, newest first",
                "DeadLetterPage",
                h.retries()::listDeadLetters)
            .withQuery("limit", "cursor"),
        Route.post(
            OPERATOR,
            V1 + "/dead-letters/{id}/requeue",
            "Requeue a dead letter: attempts reset, runs now (or at the ISO-8601 instant of the query parameter at)",
            null,
            200,
            "RequeueResponse",
            h.retries()::requeue),
        Route.delete(
            ADMIN,
            V1 + "/dead-letters/{id}",
            "Delete a dead letter",
            "DeletedResponse",
            h.retries()::deleteDeadLetter),
        Route.get(
            VIEWER,
            V1 + "/calendars",
            "Exclusion calendars by name",
            "CalendarList",
            calendars::list),
        Route.post(
            ADMIN,
            V1 + "/calendars",
            "Create a calendar (409 if the name is taken)",
            "Calendar",
            201,
            "Calendar",
            calendars::create),
        Route.get(VIEWER, CALENDAR, "One calendar", "Calendar", calendars::get),
        new Route(
                ADMIN,
                HandlerType.PUT,
                CALENDAR,
                "Replace a calendar; tasks using it follow (If-Match honoured)",
                List.of(),
                "Calendar",
                200,
                "Calendar",
                calendars::replace)
            .conditional(),
        Route.delete(
            ADMIN,
            CALENDAR,
            "Delete a calendar no live task uses (409 otherwise)",
            "DeletedResponse",
            calendars::delete),
        Route.get(
                ADMIN,
                V1 + "/export",
                "The live tasks and the calendars as a definitions file (YAML by Accept: application/yaml)",
                OpenApiDefinitions.FILE,
                h.definitions()::export)
            .withQuery("group"),
        Route.post(
                ADMIN,
                V1 + "/apply",
                "Create, update (and with prune cancel) tasks and calendars to match a definitions file",
                OpenApiDefinitions.FILE,
                200,
                "ApplyPlan",
                h.definitions()::apply)
            .withQuery("dry_run", "prune"),
        Route.get(
            VIEWER,
            V1 + "/cluster/nodes",
            "The nodes of the cluster on this database",
            "NodeList",
            tasks::clusterNodes),
        Route.get(
            ADMIN,
            V1 + "/tokens",
            "Named API tokens (never their secrets)",
            "TokenList",
            h.tokens()::list),
        Route.post(
            ADMIN,
            V1 + "/tokens",
            "Create a named token; the answer holds it, once (409 if the name is taken)",
            "TokenRequest",
            201,
            "IssuedToken",
            h.tokens()::create),
        Route.delete(
            ADMIN,
            V1 + "/tokens/{name}",
            "Revoke a token (its name stays taken)",
            "ApiToken",
            h.tokens()::revoke),
        Route.get(
                VIEWER,
                V1 + "/audit",
                "The audit trail: who changed what, newest first",
                "AuditPage",
                h.audit()::list)
            .withQuery("object_id", "actor", "action", "from", "to", "limit", "cursor"),
        Route.get(
            null,
            HEALTH,
            "Database and scheduler state (no token needed)",
            "Health",
            h.system()::health),
        Route.get(VIEWER, "/metrics", "Prometheus metrics", "PrometheusText", h.system()::metrics),
        Route.get(null, OPENAPI, "This document (no token needed)", "OpenApi", h.openApi()));
  }
}
