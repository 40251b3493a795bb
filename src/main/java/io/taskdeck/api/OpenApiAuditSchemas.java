package io.taskdeck.api;

import static io.taskdeck.api.OpenApiTypes.array;
import static io.taskdeck.api.OpenApiTypes.dateTime;
import static io.taskdeck.api.OpenApiTypes.enumOf;
import static io.taskdeck.api.OpenApiTypes.integer;
import static io.taskdeck.api.OpenApiTypes.nullable;
import static io.taskdeck.api.OpenApiTypes.object;
import static io.taskdeck.api.OpenApiTypes.prop;
import static io.taskdeck.api.OpenApiTypes.ref;
import static io.taskdeck.api.OpenApiTypes.str;
import static io.taskdeck.api.OpenApiTypes.strings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditAction;
import java.util.Arrays;

/** The schemas of /api/v1/audit, beside {@link OpenApiSchemas}. */
final class OpenApiAuditSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OpenApiAuditSchemas() {}

  static ObjectNode action() {
    return enumOf(
        Arrays.stream(AuditAction.values()).map(AuditAction::wireName).toArray(String[]::new));
  }

  static void addTo(ObjectNode s) {
    ObjectNode any =
        F.objectNode().put("nullable", true).put("description", "a JSON value; secrets read ****");
    ObjectNode change = object(prop("before", any), prop("after", any.deepCopy()));
    ObjectNode changes =
        F.objectNode()
            .put("type", "object")
            .put(
                "description",
                "for edits: each changed field (a dotted path such as payload.command) before and after");
    changes.set("additionalProperties", change);
    s.set(
        "AuditEvent",
        object(
                prop("id", integer()),
                prop("at", dateTime()),
                prop("actor", str()),
                prop(
                    "actor_kind",
                    enumOf(
                        Arrays.stream(Actor.Kind.values())
                            .map(Actor.Kind::wireName)
                            .toArray(String[]::new))),
                prop("action", action()),
                prop(
                    "object_type", enumOf("task", "execution", "dead_letter", "calendar", "token")),
                prop("object_id", str()),
                prop("object_name", nullable(str())),
                prop("changes", changes),
                prop("request_id", nullable(str())))
            .set(
                "required",
                strings(
                    "id",
                    "at",
                    "actor",
                    "actor_kind",
                    "action",
                    "object_type",
                    "object_id",
                    "changes")));
    s.set(
        "AuditPage",
        object(prop("items", array(ref("AuditEvent"))), prop("next_cursor", nullable(str())))
            .set("required", strings("items", "next_cursor")));
  }
}
