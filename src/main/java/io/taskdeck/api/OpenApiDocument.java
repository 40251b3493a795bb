package io.taskdeck.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3 document from the route table, so every registered route is described. */
final class OpenApiDocument {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApiDocument() {}

  static ObjectNode build(List<Route> routes, Set<String> openPaths, String version) {
    ObjectNode doc = F.objectNode().put("openapi", "3.0.3");
    doc.set("info", F.objectNode().put("title", "Taskdeck API").put("version", version));
    ObjectNode components = F.objectNode();
    components.set("schemas", OpenApiSchemas.all());
    components.set(
        "securitySchemes", F.objectNode().set("bearer", F.objectNode().put("type", "http").put("scheme", "bearer")));
    doc.set("components", components);
    doc.set("security", F.arrayNode().add(F.objectNode().set("bearer", F.arrayNode())));
    ObjectNode paths = F.objectNode();
    for (Route r : routes) {
      ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      item.set(r.method().name().toLowerCase(Locale.ROOT), operation(r, openPaths.contains(r.path())));
    }
    doc.set("paths", paths);
    return doc;
  }

  private static ObjectNode operation(Route r, boolean open) {
    ObjectNode op = F.objectNode().put("summary", r.summary());
    op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
    if (open) {
      op.set("security", F.arrayNode());
    }
    ArrayNode params = F.arrayNode();
    Matcher m = PATH_PARAM.matcher(r.path());
    while (m.find()) {
      params.add(param(m.group(1), "path").put("required", true));
    }
    r.queryParams().forEach(q -> params.add(param(q, "query")));
    if (!params.isEmpty()) {
      op.set("parameters", params);
    }
    if (r.requestSchema() != null) {
      ObjectNode body = F.objectNode().put("required", true);
      body.set("content", content("application/json", r.requestSchema()));
      op.set("requestBody", body);
    }
    op.set("responses", responses(r));
    return op;
  }

  private static ObjectNode responses(Route r) {
    String type = r.responseSchema().equals("PrometheusText") ? "text/plain" : "application/json";
    ObjectNode responses = F.objectNode();
    ObjectNode ok = F.objectNode().put("description", "success");
    ok.set("content", content(type, r.responseSchema()));
    responses.set(String.valueOf(r.okStatus()), ok);
    ObjectNode error = F.objectNode().put("description", "an error; see the status code");
    error.set("content", content("application/json", "Error"));
    responses.set("default", error);
    return responses;
  }

  private static ObjectNode param(String name, String in) {
    ObjectNode p = F.objectNode().put("name", name).put("in", in);
    p.set("schema", F.objectNode().put("type", "string"));
    return p;
  }

  private static ObjectNode content(String mediaType, String schema) {
    ObjectNode media = F.objectNode();
    media.set("schema", OpenApiSchemas.ref(schema));
    ObjectNode content = F.objectNode();
    content.set(mediaType, media);
    return content;
  }
}
