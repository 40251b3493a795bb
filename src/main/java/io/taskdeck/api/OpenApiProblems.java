package io.taskdeck.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.Bounds;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The error answers of the document: each status a named response of problem+json, with an example.
 */
final class OpenApiProblems {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String DESCRIPTION =
      "Every error is application/problem+json (RFC 9457) with the members error and field of the original"
          + " shape. Bounds: instants from 1970-01-01 to 9999-12-31; names and groups up to "
          + Bounds.MAX_NAME
          + " characters (code points); descriptions up to "
          + Bounds.MAX_DESCRIPTION
          + "; a shell command and an"
          + " HTTP body up to "
          + Bounds.MAX_COMMAND_BYTES
          + " bytes; cron up to "
          + Bounds.MAX_CRON
          + " characters; intervals of at least 1 s; no NUL and no lone surrogate in any text, query parameters"
          + " included. Every route but /health and /openapi.json needs a bearer token once one is configured; each route"
          + " names the least role it needs (viewer, operator, admin) and answers 403 to a lower one."
          + " Send Idempotency-Key to retry creations safely, and If-Match with a task's ETag.";

  private static final Map<String, String[]> EXAMPLES =
      Map.ofEntries(
          Map.entry(
              "400",
              new String[] {
                "tasks[3].payload.url must be a string, got number 5", "tasks[3].payload.url"
              }),
          Map.entry(
              "401",
              new String[] {
                "missing bearer token: send 'Authorization: Bearer <token>'", "Authorization"
              }),
          Map.entry(
              "403",
              new String[] {
                "POST /api/v1/tasks/{id}/run needs the role operator or higher; token 'ci' has the role viewer",
                "Authorization"
              }),
          Map.entry(
              "404",
              new String[] {"task 7f1c7a4e-0000-4000-8000-000000000000 does not exist", null}),
          Map.entry(
              "409",
              new String[] {
                "task 7f1c7a4e-0000-4000-8000-000000000000 is CANCELLED and cannot be resumed", null
              }),
          Map.entry(
              "412",
              new String[] {
                "If-Match \"3\" is stale: the current ETag is \"4\"; read it again and retry",
                "If-Match"
              }),
          Map.entry("413", new String[] {"the request body is larger than 1048576 bytes", "body"}),
          Map.entry(
              "415",
              new String[] {
                "send the body as application/json (got 'text/plain')", "Content-Type"
              }),
          Map.entry(
              "422",
              new String[] {
                "Idempotency-Key 'k1' was used within 24 h for another request", "Idempotency-Key"
              }),
          Map.entry(
              "429",
              new String[] {"too many wrong tokens from 192.0.2.7; retry in 4 s", "Authorization"}),
          Map.entry("500", new String[] {"internal error", null}),
          Map.entry(
              "503", new String[] {"the database is unavailable; retry in a few seconds", null}));

  private OpenApiProblems() {}

  static String name(String status) {
    return "Problem" + status;
  }

  static ObjectNode responses() {
    ObjectNode out = F.objectNode();
    EXAMPLES.keySet().stream().sorted().forEach(status -> out.set(name(status), response(status)));
    return out;
  }

  private static ObjectNode response(String status) {
    int code = Integer.parseInt(status);
    String[] ex = EXAMPLES.get(status);
    ObjectNode example =
        F.objectNode()
            .put("type", "about:blank")
            .put("title", HttpStatus.getMessage(code))
            .put("status", code)
            .put("detail", ex[0])
            .put("error", ex[0])
            .put("field", ex[1]);
    ObjectNode media = F.objectNode();
    media.set("schema", OpenApiTypes.ref("Problem"));
    media.set("example", example);
    ObjectNode r = F.objectNode().put("description", HttpStatus.getMessage(code));
    r.set("content", F.objectNode().set(Problem.MEDIA_TYPE, media));
    ObjectNode headers = F.objectNode();
    if (code == 401) {
      headers.set("WWW-Authenticate", header("Bearer realm=\"taskdeck\""));
    }
    if (code == 429 || code == 503) {
      headers.set("Retry-After", header("5"));
    }
    if (!headers.isEmpty()) {
      r.set("headers", headers);
    }
    return r;
  }

  private static ObjectNode header(String example) {
    ObjectNode h = F.objectNode();
    h.set("schema", OpenApiTypes.str().put("example", example));
    return h;
  }

  static ObjectNode headers() {
    ObjectNode etag =
        F.objectNode().put("description", "the task's revision or the calendar's digest, quoted");
    etag.set("schema", OpenApiTypes.str().put("example", "\"4\""));
    return F.objectNode().set("ETag", etag);
  }

  static ObjectNode headerParam(String name) {
    ObjectNode p = F.objectNode().put("name", name).put("in", "header").put("required", false);
    if (name.equals(Idempotency.HEADER)) {
      p.put(
          "description",
          "the same key and body within 24 h get the first answer; another body is 422");
      p.set("schema", OpenApiTypes.str(255).put("example", "3f1c2d8e-create-backup"));
    } else {
      p.put("description", "the ETag last read; a stale one is 412 and changes nothing");
      p.set("schema", OpenApiTypes.str().put("example", "\"4\""));
    }
    return p;
  }
}
