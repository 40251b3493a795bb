package io.taskdeck.api;

import static io.taskdeck.api.OpenApiTypes.array;
import static io.taskdeck.api.OpenApiTypes.dateTime;
import static io.taskdeck.api.OpenApiTypes.duration;
import static io.taskdeck.api.OpenApiTypes.enumOf;
import static io.taskdeck.api.OpenApiTypes.nullable;
import static io.taskdeck.api.OpenApiTypes.object;
import static io.taskdeck.api.OpenApiTypes.prop;
import static io.taskdeck.api.OpenApiTypes.ref;
import static io.taskdeck.api.OpenApiTypes.str;
import static io.taskdeck.api.OpenApiTypes.strings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenRules;
import java.util.Arrays;

/** The schemas of /api/v1/tokens, beside {@link OpenApiSchemas}. */
final class OpenApiTokenSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OpenApiTokenSchemas() {}

  static void addTo(ObjectNode s) {
    String[] roles = Arrays.stream(Role.values()).map(Role::wireName).toArray(String[]::new);
    ObjectNode name =
        str(TokenRules.MAX_NAME)
            .put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]*$")
            .put("example", "ci");
    s.set(
        "TokenRequest",
        object(
                prop("name", name),
                prop("role", enumOf(roles)),
                prop(
                    "expires_in",
                    duration().put("example", "P90D").put("description", "absent: never expires")))
            .put("additionalProperties", false)
            .set("required", strings("name", "role")));
    s.set(
        "ApiToken",
        object(
                prop("name", str()),
                prop("role", enumOf(roles)),
                prop("created_at", dateTime()),
                prop("expires_at", nullable(dateTime())),
                prop("last_used_at", nullable(dateTime())),
                prop("revoked", F.objectNode().put("type", "boolean")),
                prop("revoked_at", nullable(dateTime())))
            .set("required", strings("name", "role", "created_at", "revoked")));
    s.set(
        "TokenList",
        object(prop("items", array(ref("ApiToken")))).set("required", strings("items")));
    s.set(
        "IssuedToken",
        object(
                prop("name", str()),
                prop("role", enumOf(roles)),
                prop("created_at", dateTime()),
                prop("expires_at", nullable(dateTime())),
                prop(
                    "token",
                    str()
                        .put(
                            "description",
                            "the bearer token; shown this once, stored only hashed")))
            .set("required", strings("name", "role", "created_at", "token")));
  }
}
