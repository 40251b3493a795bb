package io.taskdeck.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A task as a request or a definitions file gives it (POST creates, PATCH changes the fields
 * present), bound through the wire mapping. The payload binds to its type's record ({@link
 * TaskType#payloadType()}) once the type is known: the request's {@code type}, or on PATCH the
 * task's own.
 */
public record TaskInput(
    String name,
    String group,
    String description,
    TaskType type,
    JsonNode payload,
    Schedule schedule,
    Integer priority,
    RetryInput retry,
    MisfirePolicy misfire,
    String calendar,
    Duration timeout) {

  /** A new spec from {@code node}; absent fields take the defaults of docs/api.md, "Limits". */
  public static TaskSpec create(JsonNode node, String prefix, WireReader reader) {
    TaskInput in = reader.read(node, TaskInput.class, prefix);
    if (in.payload != null && !in.payload.isNull() && in.type == null) {
      throw new ValidationException(prefix + "type", "type is required when a payload is given");
    }
    TaskSpec defaults = TaskSpec.builder().build();
    return in.over(defaults, node::has, prefix, reader);
  }

  /**
   * {@code existing} with the fields present in {@code node} replaced; a JSON null resets a
   * default.
   */
  public static TaskSpec merge(TaskSpec existing, JsonNode node, WireReader reader) {
    return reader.read(node, TaskInput.class, "").over(existing, node::has, "", reader);
  }

  private TaskSpec over(
      TaskSpec base, Predicate<String> present, String prefix, WireReader reader) {
    TaskSpec.Builder b = base.toBuilder();
    if (present.test("name")) {
      b.name(name);
    }
    if (present.test("group")) {
      b.group(group);
    }
    if (present.test("description")) {
      b.description(description);
    }
    if (present.test("calendar")) {
      b.calendar(calendar);
    }
    if (type != null || present.test("payload")) {
      TaskType t = type != null ? type : base.type();
      JsonNode p =
          payload == null || payload.isNull() ? JsonNodeFactory.instance.objectNode() : payload;
      b.payload(reader.read(p, t.payloadType(), prefix + "payload."));
    }
    overCommon(base, present, b, schedule, priority, retry, misfire, timeout);
    return b.build();
  }

  /** Schedule, priority, retry, misfire and timeout: the fields shared with /scheduleTask. */
  public static void overCommon(
      TaskSpec base,
      Predicate<String> present,
      TaskSpec.Builder b,
      Schedule schedule,
      Integer priority,
      RetryInput retry,
      MisfirePolicy misfire,
      Duration timeout) {
    if (present.test("priority")) {
      b.priority(priority == null ? TaskSpec.DEFAULT_PRIORITY : priority);
    }
    if (present.test("schedule")) {
      b.schedule(schedule == null ? Schedule.Once.now() : schedule);
    }
    if (present.test("retry")) {
      b.retry(retry == null ? RetryPolicy.DEFAULT : retry.over(base.retry()));
    }
    if (present.test("misfire")) {
      b.misfire(misfire == null ? MisfirePolicy.FIRE_NOW : misfire);
    }
    if (present.test("timeout")) {
      b.timeout(timeout);
    }
  }
}
