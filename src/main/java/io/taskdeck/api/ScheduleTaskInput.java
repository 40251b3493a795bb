package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.LenientInteger;
import io.taskdeck.core.json.RetryInput;
import io.taskdeck.core.json.TaskInput;
import io.taskdeck.core.json.WireReader;
import java.time.Instant;

/**
 * The original design's {@code POST /scheduleTask} body: {@code task_name}, {@code execution_time}
 * (absent: now), {@code priority} (a number or a numeric string), and optionally the v1 shapes of
 * {@code type}, {@code payload}, {@code schedule} and {@code retry}.
 */
record ScheduleTaskInput(
    String taskName,
    Instant executionTime,
    @JsonDeserialize(using = LenientInteger.class) Integer priority,
    TaskType type,
    JsonNode payload,
    Schedule schedule,
    RetryInput retry) {

  static TaskSpec read(JsonNode node, WireReader reader) {
    ScheduleTaskInput in = reader.read(node, ScheduleTaskInput.class, "");
    if (in.executionTime != null && in.schedule != null) {
      throw new ValidationException(
          "execution_time", "give either execution_time or schedule, not both");
    }
    boolean hasPayload = in.payload != null && !in.payload.isNull();
    if (hasPayload && in.type == null) {
      throw new ValidationException("type", "type is required when a payload is given");
    }
    TaskSpec base = TaskSpec.builder().build();
    TaskSpec.Builder b =
        TaskSpec.builder().name(in.taskName).schedule(new Schedule.Once(in.executionTime));
    if (in.type != null) {
      JsonNode p = hasPayload ? in.payload : JsonNodeFactory.instance.objectNode();
      b.payload(reader.read(p, in.type.payloadType(), "payload."));
    }
    TaskInput.overCommon(base, node::has, b, in.schedule, in.priority, in.retry, null, null);
    return b.build();
  }

  /** Renames the v1 field in a validation error to the compatibility route's name. */
  static ValidationException inCompatTerms(ValidationException e) {
    if ("name".equals(e.field())) {
      return new ValidationException("task_name", e.getMessage().replace("name", "task_name"));
    }
    if ("schedule.at".equals(e.field())) {
      return new ValidationException(
          "execution_time", e.getMessage().replace("schedule.at", "execution_time"));
    }
    return e;
  }
}
