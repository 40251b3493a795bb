package io.taskdeck.api;

import static io.taskdeck.api.OpenApiTypes.array;
import static io.taskdeck.api.OpenApiTypes.dateTime;
import static io.taskdeck.api.OpenApiTypes.duration;
import static io.taskdeck.api.OpenApiTypes.enumOf;
import static io.taskdeck.api.OpenApiTypes.integer;
import static io.taskdeck.api.OpenApiTypes.nullable;
import static io.taskdeck.api.OpenApiTypes.number;
import static io.taskdeck.api.OpenApiTypes.object;
import static io.taskdeck.api.OpenApiTypes.prop;
import static io.taskdeck.api.OpenApiTypes.ref;
import static io.taskdeck.api.OpenApiTypes.str;
import static io.taskdeck.api.OpenApiTypes.stringMap;
import static io.taskdeck.api.OpenApiTypes.strings;
import static io.taskdeck.api.OpenApiTypes.uuid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.Bounds;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;
import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * The JSON schemas of the API's bodies, for /openapi.json. OpenApiShapesTest checks each against
 * the Jackson mapping of the record it describes, field by field, and OpenApiConformanceTest checks
 * real answers of every route against them.
 */
final class OpenApiSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OpenApiSchemas() {}

  static ObjectNode all() {
    ObjectNode s = F.objectNode();
    s.set("Problem", problem());
    s.set(
        "ScheduleOnce",
        object(prop("kind", enumOf("once")), prop("at", dateTime()))
            .set("required", strings("kind")));
    s.set(
        "ScheduleInterval",
        object(
                prop("kind", enumOf("interval")),
                prop(
                    "every",
                    duration().put("description", "at least PT1S (a server setting can raise it)")),
                prop("start_at", dateTime()),
                prop("end_at", dateTime()),
                prop("repeat", integer().put("minimum", 1)))
            .set("required", strings("kind", "every")));
    s.set(
        "ScheduleCron",
        object(
                prop("kind", enumOf("cron")),
                prop("expression", str(Bounds.MAX_CRON).put("example", "0 0 2 * * ?")),
                prop("zone", str().put("example", "Europe/Berlin")))
            .set("required", strings("kind", "expression")));
    s.set("Schedule", schedule());
    s.set("ShellPayload", shellPayload());
    s.set("HttpPayload", httpPayload());
    s.set("NoopPayload", object().put("maxProperties", 0).put("additionalProperties", false));
    s.set("Retry", retry());
    s.set("TaskInput", taskInput());
    s.set("TaskPatch", taskPatch());
    s.set("Task", task());
    s.set("TaskPage", page("Task"));
    s.set(
        "BulkRequest",
        object(prop("tasks", array(ref("TaskInput")).put("minItems", 1)))
            .put("additionalProperties", false)
            .set("required", strings("tasks")));
    s.set("BulkResponse", object(prop("ids", array(uuid()))).set("required", strings("ids")));
    s.set("Execution", execution());
    s.set("ExecutionPage", page("Execution"));
    s.set(
        "DeadLetter",
        object(
            prop("id", integer()),
            prop("task_id", uuid()),
            prop("task_name", str()),
            prop("attempts", integer()),
            prop("last_error", nullable(str())),
            prop("last_log_id", nullable(integer())),
            prop("failed_at", dateTime())));
    s.set("DeadLetterPage", page("DeadLetter"));
    s.set("RequeueResponse", object(prop("requeued", array(integer()))));
    s.set(
        "DeletedResponse",
        object(
            prop("id", integer()),
            prop("name", str()),
            prop("deleted", F.objectNode().put("type", "boolean"))));
    s.set("Calendar", calendar());
    s.set("CalendarList", object(prop("items", array(ref("Calendar")))));
    s.set("Node", node());
    s.set("NodeList", object(prop("items", array(ref("Node")))));
    s.set("ScheduleTaskRequest", compatRequest());
    s.set("ScheduleTaskResponse", object(prop("task_id", uuid()), prop("status", str())));
    s.set("TaskStatusResponse", compatStatus());
    s.set("Health", health());
    s.set("OpenApi", F.objectNode().put("type", "object"));
    s.set("PrometheusText", F.objectNode().put("type", "string"));
    return s;
  }

  private static ObjectNode problem() {
    return object(
            prop("type", str().put("example", "about:blank")),
            prop("title", str()),
            prop("status", integer()),
            prop("detail", str()),
            prop("error", str().put("description", "the same as detail (the original shape)")),
            prop(
                "field",
                nullable(str()).put("description", "the bad field, such as tasks[3].payload.url")))
        .set("required", strings("type", "title", "status", "detail", "error", "field"));
  }

  private static ObjectNode schedule() {
    ObjectNode s = F.objectNode();
    s.set(
        "oneOf",
        F.arrayNode()
            .add(ref("ScheduleOnce"))
            .add(ref("ScheduleInterval"))
            .add(ref("ScheduleCron")));
    ObjectNode mapping =
        F.objectNode()
            .put("once", "#/components/schemas/ScheduleOnce")
            .put("interval", "#/components/schemas/ScheduleInterval")
            .put("cron", "#/components/schemas/ScheduleCron");
    s.set("discriminator", F.objectNode().put("propertyName", "kind").set("mapping", mapping));
    return s;
  }

  private static ObjectNode shellPayload() {
    return object(
            prop(
                "command",
                str()
                    .put("description", "at most " + Bounds.MAX_COMMAND_BYTES + " bytes in UTF-8")),
            prop("working_dir", str(Bounds.MAX_VALUE)),
            prop("env", stringMap().put("maxProperties", Bounds.MAX_ENTRIES)),
            prop(
                "secret_env",
                array(str()).put("description", "names of env variables whose values are masked")))
        .put("additionalProperties", false)
        .set("required", strings("command"));
  }

  private static ObjectNode httpPayload() {
    return object(
            prop("method", enumOf("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")),
            prop("url", str(Bounds.MAX_URL).put("format", "uri")),
            prop("headers", stringMap().put("maxProperties", Bounds.MAX_ENTRIES)),
            prop(
                "body",
                str()
                    .put("description", "at most " + Bounds.MAX_COMMAND_BYTES + " bytes in UTF-8")),
            prop("expect_status", str().put("example", "200-299")))
        .put("additionalProperties", false)
        .set("required", strings("url"));
  }

  private static ObjectNode retry() {
    return object(
        prop("max_attempts", integer().put("minimum", 1).put("maximum", 100)),
        prop("initial_delay", duration()),
        prop("multiplier", number().put("minimum", 1).put("maximum", 100)),
        prop("max_delay", duration()),
        prop("jitter", number().put("minimum", 0).put("maximum", 1)));
  }

  private static ObjectNode[] commonFields() {
    return new ObjectNode[] {
      prop("name", str(Bounds.MAX_NAME).put("minLength", 1)),
          prop("group", nullable(str(Bounds.MAX_NAME))),
      prop("description", nullable(str(Bounds.MAX_DESCRIPTION))), prop("schedule", ref("Schedule")),
      prop("priority", integer()), prop("retry", ref("Retry")),
      prop("misfire", enumOf("fire_now", "skip", "fire_once")),
          prop("calendar", nullable(str(Bounds.MAX_CALENDAR_NAME))),
      prop("timeout", duration())
    };
  }

  /**
   * One variant per type, told apart by {@code type}; a task without type and payload is a noop.
   */
  private static ObjectNode taskInput() {
    ObjectNode common = object(commonFields());
    ArrayNode variants = F.arrayNode();
    variants.add(variant(common, "shell", "ShellPayload", true));
    variants.add(variant(common, "http", "HttpPayload", true));
    variants.add(variant(common, "noop", "NoopPayload", false));
    ObjectNode s =
        F.objectNode()
            .put("description", "A task to create. type defaults to noop, which has no payload.");
    s.set("oneOf", variants);
    return s;
  }

  private static ObjectNode variant(
      ObjectNode common, String type, String payload, boolean typeRequired) {
    ObjectNode v = common.deepCopy();
    ((ObjectNode) v.get("properties")).set("type", enumOf(type));
    ((ObjectNode) v.get("properties")).set("payload", ref(payload));
    v.put("additionalProperties", false);
    v.set("required", typeRequired ? strings("name", "type", "payload") : strings("name"));
    v.put("title", type + " task");
    return v;
  }

  private static ObjectNode taskPatch() {
    ObjectNode p = object(commonFields());
    ObjectNode props = (ObjectNode) p.get("properties");
    props.set("type", enumOf("shell", "http", "noop"));
    ObjectNode payload =
        F.objectNode()
            .put(
                "description",
                "replaces the whole payload; of the task's type unless type is given");
    payload.set(
        "oneOf",
        F.arrayNode().add(ref("ShellPayload")).add(ref("HttpPayload")).add(ref("NoopPayload")));
    props.set("payload", payload);
    p.put("additionalProperties", false).put("minProperties", 1);
    return p;
  }

  /** A task as answered: one variant per type, with a discriminator on {@code type}. */
  private static ObjectNode task() {
    ArrayNode variants = F.arrayNode();
    ObjectNode mapping = F.objectNode();
    for (String[] t :
        new String[][] {
          {"shell", "ShellPayload"}, {"http", "HttpPayload"}, {"noop", "NoopPayload"}
        }) {
      String name = Character.toUpperCase(t[0].charAt(0)) + t[0].substring(1) + "Task";
      variants.add(ref(name));
      mapping.put(t[0], "#/components/schemas/" + name);
    }
    ObjectNode s = F.objectNode();
    s.set("oneOf", variants);
    s.set("discriminator", F.objectNode().put("propertyName", "type").set("mapping", mapping));
    return s;
  }

  /** The schemas of the answered task's variants, added beside {@link #all()}. */
  static void addTaskVariants(ObjectNode schemas) {
    for (String[] t :
        new String[][] {
          {"shell", "ShellPayload"}, {"http", "HttpPayload"}, {"noop", "NoopPayload"}
        }) {
      ObjectNode v = object(commonFields());
      ObjectNode props = (ObjectNode) v.get("properties");
      props.set("type", enumOf(t[0]));
      props.set("payload", ref(t[1]));
      props.set("id", uuid());
      props.set(
          "status",
          enumOf(Arrays.stream(TaskStatus.values()).map(Enum::name).toArray(String[]::new)));
      props.set("next_run", nullable(dateTime()));
      props.set(
          "last_outcome",
          nullable(
              enumOf(
                  Arrays.stream(ExecutionStatus.values()).map(Enum::name).toArray(String[]::new))));
      props.set("retry_count", integer());
      props.set("created_at", dateTime());
      props.set("updated_at", dateTime());
      v.set(
          "required",
          strings(
              "id",
              "name",
              "type",
              "payload",
              "schedule",
              "priority",
              "retry",
              "misfire",
              "timeout",
              "status",
              "retry_count",
              "created_at",
              "updated_at"));
      schemas.set(Character.toUpperCase(t[0].charAt(0)) + t[0].substring(1) + "Task", v);
    }
  }

  private static ObjectNode execution() {
    return object(
        prop("log_id", integer()),
        prop("task_id", uuid()),
        prop("attempt", integer()),
        prop("node_id", nullable(str())),
        prop("scheduled_for", nullable(dateTime())),
        prop("started_at", nullable(dateTime())),
        prop("finished_at", nullable(dateTime())),
        prop(
            "status",
            enumOf(Arrays.stream(ExecutionStatus.values()).map(Enum::name).toArray(String[]::new))),
        prop("exit_code", nullable(integer())),
        prop("http_status", nullable(integer())),
        prop("output", nullable(str())),
        prop("error", nullable(str())));
  }

  private static ObjectNode calendar() {
    String[] days = Arrays.stream(DayOfWeek.values()).map(Enum::name).toArray(String[]::new);
    return object(
            prop("name", str(Bounds.MAX_CALENDAR_NAME)),
            prop("description", str(Bounds.MAX_CALENDAR_DESCRIPTION)),
            prop("kind", enumOf("holiday", "weekly", "daily", "cron")),
            prop("dates", array(str().put("format", "date"))),
            prop("excluded_days", array(enumOf(days))),
            prop("from", str().put("example", "22:00")),
            prop("to", str().put("example", "06:00")),
            prop("expression", str(Bounds.MAX_CRON)),
            prop("zone", str().put("example", "UTC")))
        .put("additionalProperties", false)
        .put(
            "description",
            "Only the fields of its kind appear; on PUT the name comes from the URL.")
        .set("required", strings("kind"));
  }

  private static ObjectNode node() {
    return object(
        prop("node_id", str()),
        prop("host", str()),
        prop("mode", enumOf("executing", "manage-only")),
        prop("last_checkin", nullable(dateTime())),
        prop("running", integer()),
        prop("health", enumOf("ok", "stale", "clock-skewed")));
  }

  private static ObjectNode compatRequest() {
    ObjectNode priority = F.objectNode().put("description", "a number or a numeric string");
    priority.set(
        "oneOf", F.arrayNode().add(integer()).add(str().put("pattern", "^\\s*[+-]?[0-9]+\\s*$")));
    ObjectNode s =
        object(
                prop("task_name", str(Bounds.MAX_NAME)),
                prop(
                    "execution_time",
                    dateTime().put("description", "absent: now; not with schedule")),
                prop("priority", priority),
                prop("type", enumOf("shell", "http", "noop")),
                prop(
                    "payload",
                    F.objectNode()
                        .set(
                            "oneOf",
                            F.arrayNode()
                                .add(ref("ShellPayload"))
                                .add(ref("HttpPayload"))
                                .add(ref("NoopPayload")))),
                prop("schedule", ref("Schedule")),
                prop("retry", ref("Retry")))
            .put("additionalProperties", false);
    s.set("required", strings("task_name"));
    ObjectNode both = F.objectNode();
    ObjectNode named = F.objectNode();
    named.set("execution_time", F.objectNode());
    named.set("schedule", F.objectNode());
    both.set("properties", named);
    both.set("required", strings("execution_time", "schedule"));
    s.set("not", both);
    return s;
  }

  private static ObjectNode compatStatus() {
    String[] words =
        Arrays.stream(TaskStatus.values()).map(TaskStatus::seedWord).toArray(String[]::new);
    return object(
        prop("task_id", uuid()),
        prop("status", enumOf(words)),
        prop("execution_time", nullable(dateTime())));
  }

  private static ObjectNode health() {
    return object(
            prop("status", enumOf("ok", "unavailable")), prop("database", enumOf("up", "down")),
            prop("scheduler", str()), prop("engine", enumOf("executing", "not-executing")),
            prop("reason", nullable(str())), prop("error", nullable(str())))
        .set("required", strings("status", "database", "scheduler", "engine"));
  }

  private static ObjectNode page(String item) {
    return object(prop("items", array(ref(item))), prop("next_cursor", nullable(str())))
        .set("required", strings("items", "next_cursor"));
  }
}
