package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import java.util.Set;

/**
 * Turns the v1 task JSON into a {@link TaskSpec}: a whole spec for create, or the fields present
 * merged into an existing spec for PATCH. Field names in errors carry the path prefix.
 */
final class TaskSpecReader {
  static final Set<String> FIELDS =
      Set.of(
          "name", "group", "description", "type", "payload", "schedule", "priority", "retry",
          "misfire", "calendar", "timeout");
  private static final Set<String> RETRY =
      Set.of("max_attempts", "initial_delay", "multiplier", "max_delay", "jitter");

  private TaskSpecReader() {}

  /** A new spec from {@code node}; absent fields take the defaults of DESIGN.md §5. */
  static TaskSpec create(JsonNode node, String prefix) {
    JsonFields f = JsonFields.of(node, prefix, FIELDS);
    if (f.child("payload") != null && f.child("type") == null) {
      throw new ValidationException(f.path("type"), "type is required when a payload is given");
    }
    return apply(f, TaskSpec.builder().build(), TaskSpec.builder());
  }

  /** {@code existing} with the fields present in {@code node} replaced. */
  static TaskSpec merge(TaskSpec existing, JsonNode node) {
    return apply(JsonFields.of(node, "", FIELDS), existing, existing.toBuilder());
  }

  private static TaskSpec apply(JsonFields f, TaskSpec base, TaskSpec.Builder b) {
    if (f.has("name")) {
      b.name(f.string("name"));
    }
    if (f.has("group")) {
      b.group(f.string("group"));
    }
    if (f.has("description")) {
      b.description(f.string("description"));
    }
    if (f.has("calendar")) {
      b.calendar(f.string("calendar"));
    }
    applyPayload(f, base, b);
    applyCommon(f, base, b);
    return b.build();
  }

  /** Priority, schedule, retry, misfire and timeout: the fields shared with /scheduleTask. */
  static void applyCommon(JsonFields f, TaskSpec base, TaskSpec.Builder b) {
    if (f.has("priority")) {
      Integer p = f.integer("priority");
      b.priority(p == null ? TaskSpec.DEFAULT_PRIORITY : p);
    }
    if (f.has("schedule")) {
      Schedule s = ScheduleReader.read(f, "schedule");
      b.schedule(s == null ? Schedule.Once.now() : s);
    }
    if (f.has("retry")) {
      b.retry(retry(f, base.retry()));
    }
    if (f.has("misfire")) {
      b.misfire(misfire(f));
    }
    if (f.has("timeout")) {
      b.timeout(f.duration("timeout"));
    }
  }

  static void applyPayload(JsonFields f, TaskSpec base, TaskSpec.Builder b) {
    TaskType type = PayloadReader.type(f, "type");
    if (type == null && !f.has("payload")) {
      return;
    }
    b.payload(PayloadReader.read(f, "payload", type != null ? type : base.type()));
  }

  private static RetryPolicy retry(JsonFields parent, RetryPolicy base) {
    JsonFields r = parent.object("retry", RETRY);
    if (r == null) {
      return RetryPolicy.DEFAULT;
    }
    Integer attempts = r.integer("max_attempts");
    Double multiplier = r.number("multiplier");
    Double jitter = r.number("jitter");
    return new RetryPolicy(
        attempts != null ? attempts : base.maxAttempts(),
        r.has("initial_delay") ? r.duration("initial_delay") : base.initialDelay(),
        multiplier != null ? multiplier : base.multiplier(),
        r.has("max_delay") ? r.duration("max_delay") : base.maxDelay(),
        jitter != null ? jitter : base.jitter());
  }

  private static MisfirePolicy misfire(JsonFields f) {
    String wire = f.string("misfire");
    if (wire == null) {
      return MisfirePolicy.FIRE_NOW;
    }
    for (MisfirePolicy p : MisfirePolicy.values()) {
      if (p.wireName().equalsIgnoreCase(wire)) {
        return p;
      }
    }
    throw new ValidationException(
        f.path("misfire"), "unknown misfire policy '" + wire + "' (expected fire_now, skip or fire_once)");
  }
}
