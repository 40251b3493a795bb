package io.taskdeck.api;

import static io.taskdeck.api.OpenApiTypes.array;
import static io.taskdeck.api.OpenApiTypes.enumOf;
import static io.taskdeck.api.OpenApiTypes.integer;
import static io.taskdeck.api.OpenApiTypes.nullable;
import static io.taskdeck.api.OpenApiTypes.object;
import static io.taskdeck.api.OpenApiTypes.prop;
import static io.taskdeck.api.OpenApiTypes.ref;
import static io.taskdeck.api.OpenApiTypes.str;
import static io.taskdeck.api.OpenApiTypes.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of a definitions file and of an apply's plan, beside {@link OpenApiSchemas#all()};
 * and the file's standalone JSON Schema (docs/taskdeck-file.schema.json), made from the same
 * components so that the API and the file cannot describe a task differently.
 */
final class OpenApiDefinitions {
  static final String FILE = "DefinitionsFile";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String COMPONENTS = "#/components/schemas/";

  private OpenApiDefinitions() {}

  static void add(ObjectNode schemas) {
    ObjectNode file =
        object(
                prop(
                    "version",
                    integer().put("minimum", 1).put("maximum", 1).put("description", "always 1")),
                prop("calendars", array(ref("Calendar"))),
                prop("tasks", array(ref("TaskInput"))))
            .put("additionalProperties", false)
            .put(
                "description",
                "Tasks and calendars as code (taskdeck export / apply); tasks are keyed by group and name.");
    file.set("required", strings("version"));
    schemas.set(FILE, file);
    ObjectNode change =
        object(
            prop("action", enumOf("create", "update", "cancel")),
            prop("kind", enumOf("task", "calendar")),
            prop("group", nullable(str())),
            prop("name", str()),
            prop("fields", array(str()).put("description", "the fields an update changes")),
            prop("text", str().put("example", "update task ops/backup: priority")));
    change.set("required", strings("action", "kind", "name", "fields", "text"));
    ObjectNode plan =
        object(
            prop(
                "applied",
                F.objectNode().put("type", "boolean").put("description", "false for a dry run")),
            prop("changes", array(change)),
            prop("unchanged", integer()),
            prop("summary", str()));
    plan.set("required", strings("applied", "changes", "unchanged", "summary"));
    schemas.set("ApplyPlan", plan);
    ObjectNode error =
        object(
            prop("field", str()),
            prop("line", integer()),
            prop("column", integer()),
            prop("message", str()));
    ((ObjectNode) schemas.get("Problem").get("properties"))
        .set(
            "errors",
            array(error)
                .put(
                    "description",
                    "a bad definitions file: every error, with its line and column"));
  }

  /** The JSON Schema (2020-12) of a definitions file, from the OpenAPI components. */
  static ObjectNode fileSchema() {
    ObjectNode components = OpenApiSchemas.all();
    add(components);
    ObjectNode defs = F.objectNode();
    Deque<String> unvisited = new ArrayDeque<>(referenced(components.get(FILE)));
    Set<String> reached = new LinkedHashSet<>();
    while (!unvisited.isEmpty()) {
      String name = unvisited.pop();
      if (reached.add(name)) {
        unvisited.addAll(referenced(components.get(name)));
      }
    }
    reached.stream()
        .sorted()
        .forEach(name -> defs.set(name, plain(components.get(name).deepCopy())));
    ObjectNode schema =
        F.objectNode()
            .put("$schema", "https://json-schema.org/draft/2020-12/schema")
            .put("title", "Taskdeck definitions file");
    schema.setAll(plain(components.get(FILE).deepCopy()));
    schema.set("$defs", defs);
    return schema;
  }

  private static Set<String> referenced(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith(COMPONENTS)) {
      names.add(node.get("$ref").asText().substring(COMPONENTS.length()));
    }
    node.forEach(child -> names.addAll(referenced(child)));
    return names;
  }

  /**
   * OpenAPI 3.0's dialect in plain JSON Schema: refs into $defs, nullable as a null type, examples.
   */
  private static ObjectNode plain(ObjectNode node) {
    node.remove("discriminator");
    if (node.has("$ref")) {
      node.put("$ref", node.get("$ref").asText().replace(COMPONENTS, "#/$defs/"));
    }
    if (node.has("example")) {
      node.set("examples", F.arrayNode().add(node.remove("example")));
    }
    if (node.path("nullable").asBoolean(false)) {
      node.remove("nullable");
      if (node.has("type")) {
        node.set("type", F.arrayNode().add(node.get("type").asText()).add("null"));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      JsonNode child = it.next().getValue();
      if (child.isObject()) {
        plain((ObjectNode) child);
      } else if (child.isArray()) {
        child.forEach(
            c -> {
              if (c.isObject()) {
                plain((ObjectNode) c);
              }
            });
      }
    }
    return node;
  }
}
