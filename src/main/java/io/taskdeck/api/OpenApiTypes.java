package io.taskdeck.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Small builders of OpenAPI 3.0 schema objects. */
final class OpenApiTypes {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** What java.time.Duration reads and writes: days, hours, minutes and seconds with a fraction. */
  static final String DURATION_PATTERN =
      "^P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]{1,9})?S)?)?$";

  private OpenApiTypes() {}

  static ObjectNode ref(String name) {
    return F.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  static ObjectNode object(ObjectNode... props) {
    ObjectNode properties = F.objectNode();
    for (ObjectNode p : props) {
      properties.setAll(p);
    }
    ObjectNode o = F.objectNode().put("type", "object");
    o.set("properties", properties);
    return o;
  }

  static ObjectNode prop(String name, ObjectNode schema) {
    ObjectNode p = F.objectNode();
    p.set(name, schema);
    return p;
  }

  static ObjectNode str() {
    return F.objectNode().put("type", "string");
  }

  /** A string of at most {@code max} characters, with no NUL (docs/api.md, "Limits"). */
  static ObjectNode str(int max) {
    return str().put("maxLength", max);
  }

  static ObjectNode integer() {
    return F.objectNode().put("type", "integer").put("format", "int32");
  }

  static ObjectNode number() {
    return F.objectNode().put("type", "number");
  }

  static ObjectNode uuid() {
    return str().put("format", "uuid");
  }

  /** An instant from 1970-01-01 to 9999-12-31, with an offset. */
  static ObjectNode dateTime() {
    return str().put("format", "date-time").put("example", "2026-03-03T12:00:00Z");
  }

  static ObjectNode duration() {
    return str().put("pattern", DURATION_PATTERN).put("example", "PT5M");
  }

  static ObjectNode nullable(ObjectNode schema) {
    if (schema.has("$ref")) {
      ObjectNode wrapped = F.objectNode().put("nullable", true);
      wrapped.set("allOf", F.arrayNode().add(schema));
      return wrapped;
    }
    if (schema.has("enum")) {
      ((ArrayNode) schema.get("enum")).addNull();
    }
    return schema.put("nullable", true);
  }

  static ObjectNode stringMap() {
    return F.objectNode().put("type", "object").set("additionalProperties", str());
  }

  static ObjectNode array(ObjectNode items) {
    return F.objectNode().put("type", "array").set("items", items);
  }

  static ObjectNode enumOf(String... values) {
    return str().set("enum", strings(values));
  }

  static ArrayNode strings(String... values) {
    ArrayNode a = F.arrayNode();
    Arrays.stream(values).forEach(a::add);
    return a;
  }
}
