package io.taskdeck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Payloads as the JSON text of the {@code task.payload} column (snake_case keys, as on the wire). */
public final class PayloadCodec {
  private final ObjectMapper json = new ObjectMapper();

  public String write(Payload payload) {
    ObjectNode node = json.createObjectNode();
    if (payload instanceof ShellPayload s) {
      node.put("command", s.command());
      node.put("working_dir", s.workingDir());
      node.set("env", json.valueToTree(s.env()));
    } else if (payload instanceof HttpPayload h) {
      node.put("method", h.method());
      node.put("url", h.url());
      node.set("headers", json.valueToTree(h.headers()));
      node.put("body", h.body());
      node.put("expect_status", h.expectStatus().toString());
    }
    return node.toString();
  }

  public Payload read(TaskType type, String text) {
    try {
      JsonNode node = json.readTree(text == null || text.isBlank() ? "{}" : text);
      return switch (type) {
        case SHELL -> new ShellPayload(
            str(node, "command"), str(node, "working_dir"), map(node.get("env")));
        case HTTP -> new HttpPayload(
            str(node, "method"),
            str(node, "url"),
            map(node.get("headers")),
            str(node, "body"),
            StatusRange.parse(str(node, "expect_status")));
        case NOOP -> NoopPayload.INSTANCE;
      };
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored payload is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String str(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }
}
