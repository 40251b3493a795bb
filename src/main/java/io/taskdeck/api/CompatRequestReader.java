package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import java.util.Set;

/**
 * Reads the original design's {@code POST /scheduleTask} body: {@code task_name}, {@code
 * execution_time} (absent: now), {@code priority} (number or numeric string), and optionally the v1
 * shapes of {@code type}, {@code payload}, {@code schedule} and {@code retry}.
 */
final class CompatRequestReader {
  private static final Set<String> FIELDS =
      Set.of("task_name", "execution_time", "priority", "type", "payload", "schedule", "retry");

  private CompatRequestReader() {}

  static TaskSpec read(JsonNode node) {
    JsonFields f = JsonFields.of(node, "", FIELDS);
    if (f.child("execution_time") != null && f.child("schedule") != null) {
      throw new ValidationException(
          "execution_time", "give either execution_time or schedule, not both");
    }
    if (f.child("payload") != null && f.child("type") == null) {
      throw new ValidationException("type", "type is required when a payload is given");
    }
    TaskSpec base = TaskSpec.builder().build();
    TaskSpec.Builder b = TaskSpec.builder().name(f.string("task_name"));
    b.schedule(new Schedule.Once(f.instant("execution_time")));
    TaskSpecReader.applyPayload(f, base, b);
    TaskSpecReader.applyCommon(f, base, b);
    return b.build();
  }

  /** Renames the v1 field in a validation error to the compatibility route's name. */
  static ValidationException inCompatTerms(ValidationException e) {
    if ("name".equals(e.field())) {
      return new ValidationException("task_name", e.getMessage().replace("name", "task_name"));
    }
    if ("schedule.at".equals(e.field())) {
      return new ValidationException("execution_time", e.getMessage());
    }
    return e;
  }
}
