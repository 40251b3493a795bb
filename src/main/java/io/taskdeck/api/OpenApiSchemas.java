package io.taskdeck.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.TaskStatus;
import java.util.Arrays;

/** The JSON schemas of the API's bodies, for /openapi.json. Kept beside the DTOs they describe. */
final class OpenApiSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OpenApiSchemas() {}

  static ObjectNode all() {
    ObjectNode s = F.objectNode();
    s.set("Error", object(prop("error", str()), prop("field", str())).set("required", strings("error")));
    s.set("Schedule", schedule());
    s.set("Payload", payload());
    s.set("Retry", retry());
    s.set("TaskInput", taskInput().set("required", strings("name")));
    s.set("TaskPatch", taskInput());
    s.set("Task", task());
    s.set("TaskPage", page("Task"));
    s.set("BulkRequest", object(prop("tasks", array(ref("TaskInput")))).set("required", strings("tasks")));
    s.set("BulkResponse", object(prop("ids", array(uuid()))));
    s.set("Execution", execution());
    s.set("ExecutionPage", page("Execution"));
    s.set("DeadLetter", object(
        prop("id", integer()), prop("task_id", uuid()), prop("task_name", str()), prop("attempts", integer()),
        prop("last_error", str()), prop("last_log_id", integer()), prop("failed_at", dateTime())));
    s.set("DeadLetterPage", page("DeadLetter"));
    s.set("RequeueResponse", object(prop("requeued", array(integer()))));
    s.set("DeletedResponse", object(prop("id", integer()), prop("name", str()), prop("deleted", F.objectNode().put("type", "boolean"))));
    s.set("Calendar", calendar());
    s.set("CalendarList", object(prop("items", array(ref("Calendar")))));
    s.set("Node", node());
    s.set("NodeList", object(prop("items", array(ref("Node")))));
    s.set("ScheduleTaskRequest", compatRequest());
    s.set("ScheduleTaskResponse", object(prop("task_id", uuid()), prop("status", str())));
    s.set("TaskStatusResponse", compatStatus());
    s.set("Health", object(prop("status", str()), prop("database", str()), prop("scheduler", str()), prop("error", str())));
    s.set("OpenApi", F.objectNode().put("type", "object"));
    s.set("PrometheusText", str());
    return s;
  }

  private static ObjectNode schedule() {
    return object(
            prop("kind", enumOf("once", "interval", "cron")),
            prop("at", dateTime()),
            prop("every", duration()),
            prop("start_at", dateTime()),
            prop("end_at", dateTime()),
            prop("repeat", integer()),
            prop("expression", str()),
            prop("zone", str()))
        .set("required", strings("kind"));
  }

  private static ObjectNode payload() {
    return object(
        prop("command", str()),
        prop("working_dir", str()),
        prop("env", stringMap()),
        prop("method", str()),
        prop("url", str()),
        prop("headers", stringMap()),
        prop("body", str()),
        prop("expect_status", str()));
  }

  private static ObjectNode retry() {
    return object(
        prop("max_attempts", integer()),
        prop("initial_delay", duration()),
        prop("multiplier", number()),
        prop("max_delay", duration()),
        prop("jitter", number()));
  }

  private static ObjectNode taskInput() {
    return object(taskFields());
  }

  private static ObjectNode[] taskFields() {
    return new ObjectNode[] {
      prop("name", str()), prop("group", str()), prop("description", str()),
      prop("type", enumOf("shell", "http", "noop")), prop("payload", ref("Payload")),
      prop("schedule", ref("Schedule")), prop("priority", integer()), prop("retry", ref("Retry")),
      prop("misfire", enumOf("fire_now", "skip", "fire_once")), prop("calendar", str()),
      prop("timeout", duration())
    };
  }

  private static ObjectNode task() {
    ObjectNode t = object(taskFields());
    ObjectNode props = (ObjectNode) t.get("properties");
    props.set("id", uuid());
    props.set("status", enumOf(Arrays.stream(TaskStatus.values()).map(Enum::name).toArray(String[]::new)));
    props.set("next_run", dateTime());
    props.set("last_outcome", str());
    props.set("retry_count", integer());
    props.set("created_at", dateTime());
    props.set("updated_at", dateTime());
    return t;
  }

  private static ObjectNode execution() {
    return object(
        prop("log_id", integer()), prop("task_id", uuid()), prop("attempt", integer()),
        prop("node_id", str()), prop("scheduled_for", dateTime()), prop("started_at", dateTime()),
        prop("finished_at", dateTime()), prop("status", str()), prop("exit_code", integer()),
        prop("http_status", integer()), prop("output", str()), prop("error", str()));
  }

  private static ObjectNode calendar() {
    String[] days = Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toArray(String[]::new);
    return object(
            prop("name", str()), prop("description", str()),
            prop("kind", enumOf("holiday", "weekly", "daily", "cron")),
            prop("dates", array(str().put("format", "date"))), prop("excluded_days", array(enumOf(days))),
            prop("from", str().put("example", "22:00")), prop("to", str().put("example", "06:00")),
            prop("expression", str()), prop("zone", str()))
        .set("required", strings("name", "kind"));
  }

  private static ObjectNode node() {
    return object(
        prop("node_id", str()), prop("host", str()), prop("mode", enumOf("executing", "manage-only")),
        prop("last_checkin", dateTime()), prop("running", integer()),
        prop("health", enumOf("ok", "stale", "clock-skewed")));
  }

  private static ObjectNode compatRequest() {
    ArrayNode priority = F.arrayNode().add(integer()).add(str());
    return object(
            prop("task_name", str()),
            prop("execution_time", dateTime()),
            prop("priority", F.objectNode().set("oneOf", priority)),
            prop("type", enumOf("shell", "http", "noop")),
            prop("payload", ref("Payload")),
            prop("schedule", ref("Schedule")),
            prop("retry", ref("Retry")))
        .set("required", strings("task_name"));
  }

  private static ObjectNode compatStatus() {
    String[] words = Arrays.stream(TaskStatus.values()).map(TaskStatus::seedWord).toArray(String[]::new);
    return object(prop("task_id", uuid()), prop("status", enumOf(words)), prop("execution_time", dateTime()));
  }

  private static ObjectNode page(String item) {
    return object(prop("items", array(ref(item))), prop("next_cursor", str()));
  }

  static ObjectNode ref(String name) {
    return F.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  private static ObjectNode object(ObjectNode... props) {
    ObjectNode properties = F.objectNode();
    for (ObjectNode p : props) {
      properties.setAll(p);
    }
    ObjectNode o = F.objectNode().put("type", "object");
    o.set("properties", properties);
    return o;
  }

  private static ObjectNode prop(String name, ObjectNode schema) {
    ObjectNode p = F.objectNode();
    p.set(name, schema);
    return p;
  }

  private static ObjectNode str() {
    return F.objectNode().put("type", "string");
  }

  private static ObjectNode integer() {
    return F.objectNode().put("type", "integer");
  }

  private static ObjectNode number() {
    return F.objectNode().put("type", "number");
  }

  private static ObjectNode uuid() {
    return str().put("format", "uuid");
  }

  private static ObjectNode dateTime() {
    return str().put("format", "date-time");
  }

  private static ObjectNode duration() {
    return str().put("format", "duration");
  }

  private static ObjectNode stringMap() {
    return F.objectNode().put("type", "object").set("additionalProperties", str());
  }

  private static ObjectNode array(ObjectNode items) {
    return F.objectNode().put("type", "array").set("items", items);
  }

  private static ObjectNode enumOf(String... values) {
    return str().set("enum", strings(values));
  }

  private static ArrayNode strings(String... values) {
    ArrayNode a = F.arrayNode();
    Arrays.stream(values).forEach(a::add);
    return a;
  }
}
