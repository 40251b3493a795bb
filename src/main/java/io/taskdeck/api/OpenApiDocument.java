package io.taskdeck.api;

import static io.taskdeck.api.OpenApiTypes.dateTime;
import static io.taskdeck.api.OpenApiTypes.enumOf;
import static io.taskdeck.api.OpenApiTypes.integer;
import static io.taskdeck.api.OpenApiTypes.str;
import static io.taskdeck.api.OpenApiTypes.uuid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import io.taskdeck.core.Role;
import io.taskdeck.core.TaskQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3 document from the route table, so every registered route is described with
 * its parameters, its success and the errors it can answer (each a problem+json, OpenApiProblems).
 */
final class OpenApiDocument {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
  private static final Map<String, ObjectNode> QUERY =
      Map.ofEntries(
          Map.entry("status", str().put("description", "comma-separated statuses, any case")),
          Map.entry("type", enumOf("shell", "http", "noop")),
          Map.entry("q", str(1000).put("description", "text in the name, group or description")),
          Map.entry("group", str(1000)),
          Map.entry(
              "limit",
              integer()
                  .put("minimum", 1)
                  .put("maximum", TaskQuery.MAX_LIMIT)
                  .put("default", TaskQuery.DEFAULT_LIMIT)),
          Map.entry("cursor", str(1000).put("description", "next_cursor of the previous page")),
          Map.entry("from", dateTime()),
          Map.entry("to", dateTime()),
          Map.entry("at", dateTime().put("description", "when the task runs; absent: now")),
          Map.entry("task_id", uuid()),
          Map.entry(
              "dry_run",
              F.objectNode()
                  .put("type", "boolean")
                  .put("default", false)
                  .put("description", "true: answer the plan and change nothing")),
          Map.entry(
              "prune",
              F.objectNode()
                  .put("type", "boolean")
                  .put("default", false)
                  .put(
                      "description",
                      "also cancel the live tasks of the file's groups that it does not name")),
          Map.entry(
              "object_id",
              str(1000)
                  .put("description", "a task id, a calendar or token name, a dead-letter id")),
          Map.entry(
              "actor",
              str(1000)
                  .put(
                      "description",
                      "a token name, env, local, desktop:USER@HOST or cli:USER@HOST")),
          Map.entry("action", OpenApiAuditSchemas.action()));

  private OpenApiDocument() {}

  static ObjectNode build(List<Route> routes, Set<String> openPaths, String version) {
    ObjectNode doc = F.objectNode().put("openapi", "3.0.3");
    doc.set(
        "info",
        F.objectNode()
            .put("title", "Taskdeck API")
            .put("version", version)
            .put("description", OpenApiProblems.DESCRIPTION));
    doc.set(
        "servers",
        F.arrayNode().add(F.objectNode().put("url", "/").put("description", "this server")));
    ObjectNode components = F.objectNode();
    ObjectNode schemas = OpenApiSchemas.all();
    OpenApiSchemas.addTaskVariants(schemas);
    OpenApiTokenSchemas.addTo(schemas);
    OpenApiDefinitions.add(schemas);
    OpenApiAuditSchemas.addTo(schemas);
    components.set("schemas", schemas);
    components.set("responses", OpenApiProblems.responses());
    components.set("headers", OpenApiProblems.headers());
    components.set(
        "securitySchemes",
        F.objectNode().set("bearer", F.objectNode().put("type", "http").put("scheme", "bearer")));
    doc.set("components", components);
    doc.set("security", F.arrayNode().add(F.objectNode().set("bearer", F.arrayNode())));
    ObjectNode paths = F.objectNode();
    for (Route r : routes) {
      ObjectNode item =
          paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      item.set(
          r.method().name().toLowerCase(Locale.ROOT), operation(r, openPaths.contains(r.path())));
    }
    doc.set("paths", paths);
    doc.set("tags", tags());
    return doc;
  }

  private static ObjectNode operation(Route r, boolean open) {
    ObjectNode op = F.objectNode().put("summary", r.summary());
    op.put(
        "operationId",
        r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
    op.set("tags", F.arrayNode().add(tag(r.path())));
    if (open) {
      op.set("security", F.arrayNode());
    } else {
      op.put("description", "Needs a token with the role " + r.role().wireName() + " or higher.");
      op.put("x-taskdeck-role", r.role().wireName());
    }
    ArrayNode params = F.arrayNode();
    Matcher m = PATH_PARAM.matcher(r.path());
    while (m.find()) {
      params.add(param(m.group(1), "path", pathSchema(r.path(), m.group(1))).put("required", true));
    }
    r.queryParams()
        .forEach(q -> params.add(param(q, "query", QUERY.getOrDefault(q, str()).deepCopy())));
    r.headerParams().forEach(h -> params.add(OpenApiProblems.headerParam(h)));
    if (!params.isEmpty()) {
      op.set("parameters", params);
    }
    if (r.requestSchema() != null) {
      ObjectNode body = F.objectNode().put("required", true);
      body.set("content", content(r.requestSchema()));
      op.set("requestBody", body);
    }
    op.set("responses", responses(r, open));
    return op;
  }

  private static ArrayNode tags() {
    ArrayNode tags = F.arrayNode();
    String[][] all = {
      {"compatibility", "The original design's three routes"},
      {"tasks", "Tasks: create, change, run, pause, cancel"},
      {"executions", "The execution log"},
      {"dead-letters", "Tasks whose attempts ran out"},
      {"calendars", "Exclusion calendars"},
      {"export", "Tasks and calendars as a file"},
      {"apply", "Apply a definitions file"},
      {"cluster", "The nodes on this database"},
      {"tokens", "Named API tokens with roles (admin only)"},
      {"system", "Health, metrics and this document"}
    };
    for (String[] t : all) {
      tags.add(F.objectNode().put("name", t[0]).put("description", t[1]));
    }
    return tags;
  }

  private static String tag(String path) {
    if (path.startsWith("/api/v1/")) {
      return path.substring("/api/v1/".length()).split("/")[0];
    }
    return path.equals("/health") || path.equals("/metrics") || path.equals("/openapi.json")
        ? "system"
        : "compatibility";
  }

  private static ObjectNode pathSchema(String path, String name) {
    if (path.contains("dead-letters")) {
      return integer().put("format", "int64");
    }
    return name.equals("name") ? str() : uuid();
  }

  private static ObjectNode responses(Route r, boolean open) {
    ObjectNode responses = F.objectNode();
    ObjectNode ok = F.objectNode().put("description", "success");
    String type = r.responseSchema().equals("PrometheusText") ? "text/plain" : "application/json";
    ok.set(
        "content",
        type.equals("text/plain")
            ? content(type, r.responseSchema())
            : content(r.responseSchema()));
    if (r.responseSchema().equals("Task") || r.responseSchema().equals("Calendar")) {
      ok.set(
          "headers",
          F.objectNode().set("ETag", F.objectNode().put("$ref", "#/components/headers/ETag")));
    }
    responses.set(String.valueOf(r.okStatus()), ok);
    for (String status : errorStatuses(r, open)) {
      responses.set(
          status,
          F.objectNode().put("$ref", "#/components/responses/" + OpenApiProblems.name(status)));
    }
    if (r.path().equals(ApiRoutes.HEALTH)) {
      ObjectNode down =
          F.objectNode().put("description", "the database is down, or the node is shutting down");
      down.set("content", content("application/json", "Health"));
      responses.set("503", down);
    }
    responses.set(
        "default",
        F.objectNode().put("$ref", "#/components/responses/" + OpenApiProblems.name("500")));
    return responses;
  }

  /** The errors a route can answer, from what it takes and does. */
  private static Set<String> errorStatuses(Route r, boolean open) {
    Set<String> s = new TreeSet<>();
    if (!open) {
      s.add("401");
      s.add("429");
    }
    if (!open && r.role() != Role.VIEWER) {
      s.add("403");
    }
    if (!open && !r.path().equals("/metrics")) {
      s.add("503");
    }
    if (r.requestSchema() != null) {
      s.addAll(List.of("400", "413", "415"));
    }
    if (!r.queryParams().isEmpty()) {
      s.add("400");
    }
    if (r.path().contains("{")) {
      s.add("404");
    }
    if (r.method() != HandlerType.GET && !r.path().equals("/api/v1/tasks/bulk")) {
      s.add("409");
    }
    if (r.headerParams().contains(Idempotency.HEADER)) {
      s.addAll(List.of("400", "409", "422"));
    }
    if (r.headerParams().contains("If-Match")) {
      s.add("412");
    }
    return s;
  }

  private static ObjectNode param(String name, String in, ObjectNode schema) {
    ObjectNode p = F.objectNode().put("name", name).put("in", in);
    p.set("schema", schema);
    return p;
  }

  /** JSON, and for a definitions file YAML as well. */
  private static ObjectNode content(String schema) {
    ObjectNode content = content("application/json", schema);
    if (schema.equals(OpenApiDefinitions.FILE)) {
      content.setAll(content("application/yaml", schema));
    }
    return content;
  }

  static ObjectNode content(String mediaType, String schema) {
    ObjectNode media = F.objectNode();
    media.set("schema", OpenApiTypes.ref(schema));
    ObjectNode content = F.objectNode();
    content.set(mediaType, media);
    return content;
  }
}
