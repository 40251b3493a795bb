package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real answers of every route, successes and errors, on the real engine (H2), validated against
 * /openapi.json by Atlassian's swagger-request-validator: the document and the server cannot drift.
 */
@Tag("db")
class OpenApiConformanceTest {
  private static final String TOKEN = "conformance-token-0123456789abcdef";
  private static final String FUTURE = "2099-01-01T00:00:00Z";
  @TempDir Path dir;
  private TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  private ApiServer server;
  private ApiClient api;
  private OpenApiInteractionValidator validator;
  private final Set<String> covered = new TreeSet<>();
  private final List<String> problems = new ArrayList<>();

  @AfterEach
  void stop() {
    server.stop();
    engine.close();
    db.close();
    tdb.close();
  }

  private ApiClient.Answer call(
      String template, String method, String path, String body, String... headers) {
    ApiClient.Answer a = api.send(method, path, body == null ? "" : body, headers);
    check(template, method, path, a);
    return a;
  }

  private void check(String template, String method, String path, ApiClient.Answer a) {
    covered.add(method + " " + template);
    SimpleResponse.Builder r = SimpleResponse.Builder.status(a.status()).withBody(a.body());
    a.headers().map().forEach((name, values) -> r.withHeader(name, values));
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    ValidationReport report =
        validator.validateResponse(bare, Request.Method.valueOf(method), r.build());
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(
            m ->
                problems.add(
                    method
                        + " "
                        + path
                        + " -> "
                        + a.status()
                        + ": "
                        + m.getMessage()
                        + " | "
                        + abbreviated(a.body())));
  }

  private static String abbreviated(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  @Test
  void everyRouteAnswersAsTheDocumentSays() {
    tdb = TestDatabases.h2(dir);
    db = tdb.open();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .nodeId("oas")
                .workerThreads(2)
                .checkinInterval(Duration.ofSeconds(1))
                .shutdownGrace(Duration.ofSeconds(1))
                .build(),
            registry);
    engine.start();
    server =
        new ApiServer(
            ApiConfig.of("127.0.0.1", 0, Optional.of(TOKEN)),
            engine.service(),
            engine.deadLetters(),
            engine.calendars(),
            engine.definitions(),
            new IdempotencyRepository(new Jdbc(db.dataSource()), Clock.systemUTC()),
            io.taskdeck.testsupport.TestTokens.on(db),
            engine.audit(),
            registry,
            () -> new HealthProbe.Report(Optional.empty(), engine.service().info().state()));
    ApiClient anonymous = new ApiClient(server.start());
    api = anonymous.withToken(TOKEN);
    ApiClient.Answer doc = anonymous.get("/openapi.json");
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(doc.body()).build();
    ValidationReport wrong =
        validator.validateResponse(
            "/api/v1/tasks",
            Request.Method.GET,
            SimpleResponse.Builder.status(200)
                .withContentType("application/json")
                .withBody("{\"items\":5}")
                .build());
    assertThat(wrong.hasErrors()).as("the validator sees a wrong answer").isTrue();
    String shellWithoutCommand =
        api.get("/api/v1/tasks?limit=1")
            .body()
            .replace(
                "\"items\":[]",
                "\"items\":[{\"id\":"
                    + "\"00000000-0000-4000-8000-000000000000\",\"name\":\"n\",\"type\":\"shell\",\"payload\":{},\"schedule\":{\"kind\":"
                    + "\"once\"},\"priority\":5,\"retry\":{},\"misfire\":\"skip\",\"timeout\":\"PT1H\",\"status\":\"SCHEDULED\","
                    + "\"retry_count\":0,\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}]");
    assertThat(
            validator
                .validateResponse(
                    "/api/v1/tasks",
                    Request.Method.GET,
                    SimpleResponse.Builder.status(200)
                        .withContentType("application/json")
                        .withBody(shellWithoutCommand)
                        .build())
                .hasErrors())
        .as("a shell task without a command is not a shell task")
        .isTrue();
    check("/openapi.json", "GET", "/openapi.json", doc);
    check("/health", "GET", "/health", anonymous.get("/health"));
    check("/metrics", "GET", "/metrics", anonymous.get("/metrics"));
    call("/metrics", "GET", "/metrics", null);

    compatRoutes();
    String shell = taskRoutes();
    deadLetterRoutes();
    calendarRoutes();
    tokenRoutes(shell);
    definitionsRoutes();
    call("/api/v1/cluster/nodes", "GET", "/api/v1/cluster/nodes", null);
    auditRoutes(shell);
    call("/api/v1/executions", "GET", "/api/v1/executions?task_id=" + shell + "&limit=5", null);
    call("/api/v1/executions", "GET", "/api/v1/executions?from=tomorrow", null);
    for (int i = 0; i < 7; i++) {
      check(
          "/api/v1/tasks",
          "GET",
          "/api/v1/tasks",
          anonymous.withToken("wrong-" + i).get("/api/v1/tasks"));
    }

    assertThat(problems).as("answers that differ from /openapi.json").isEmpty();
    Set<String> registered = new TreeSet<>(server.registeredRoutes());
    assertThat(covered).as("every route was called").containsAll(registered);
  }

  private void compatRoutes() {
    String id =
        call(
                "/scheduleTask",
                "POST",
                "/scheduleTask",
                "{\"task_name\":\"seed\",\"execution_time\":\""
                    + FUTURE
                    + "\",\"priority\":\"10\"}")
            .text("task_id");
    call(
        "/scheduleTask",
        "POST",
        "/scheduleTask",
        "{\"task_name\":\"both\",\"execution_time\":\""
            + FUTURE
            + "\",\"schedule\":{\"kind\":\"once\"}}");
    call("/taskStatus/{task_id}", "GET", "/taskStatus/" + id, null);
    call("/taskStatus/{task_id}", "GET", "/taskStatus/00000000-0000-4000-8000-000000000000", null);
    call("/cancelTask/{task_id}", "DELETE", "/cancelTask/" + id, null);
  }

  private String taskRoutes() {
    String shell =
        call(
                "/api/v1/tasks",
                "POST",
                "/api/v1/tasks",
                "{\"name\":\"shell\",\"type\":\"shell\",\"payload\":{\"command\":\"echo hi\",\"env\":{\"TOKEN\":\"x\"}}}")
            .text("id");
    call(
        "/api/v1/tasks",
        "POST",
        "/api/v1/tasks",
        "{\"name\":\"http\",\"type\":\"http\",\"payload\":{\"url\":"
            + "\"http://127.0.0.1:1/x\",\"headers\":{\"Authorization\":\"Bearer x\"}},\"retry\":{\"max_attempts\":1},"
            + "\"schedule\":{\"kind\":\"interval\",\"every\":\"PT1H\",\"start_at\":\""
            + FUTURE
            + "\"}}");
    String noop =
        call(
                "/api/v1/tasks",
                "POST",
                "/api/v1/tasks",
                "{\"name\":\"noop\",\"group\":\"g\","
                    + "\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"UTC\"}}",
                "Idempotency-Key",
                "oas-1")
            .text("id");
    call(
        "/api/v1/tasks",
        "POST",
        "/api/v1/tasks",
        "{\"name\":\"noop\",\"group\":\"g\","
            + "\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"UTC\"}}",
        "Idempotency-Key",
        "oas-1");
    call(
        "/api/v1/tasks",
        "POST",
        "/api/v1/tasks",
        "{\"name\":\"other\"}",
        "Idempotency-Key",
        "oas-1");
    call("/api/v1/tasks", "POST", "/api/v1/tasks", "{\"name\":\"x\",\"priority\":\"5\"}");
    call("/api/v1/tasks", "GET", "/api/v1/tasks?limit=2&type=noop", null);
    call("/api/v1/tasks", "GET", "/api/v1/tasks?limit=x", null);
    call("/api/v1/tasks/bulk", "POST", "/api/v1/tasks/bulk", "{\"tasks\":[{\"name\":\"b\"}]}");
    call("/api/v1/tasks/bulk", "POST", "/api/v1/tasks/bulk", "{\"tasks\":[]}");
    String path = "/api/v1/tasks/" + noop;
    String tag = call("/api/v1/tasks/{id}", "GET", path, null).header("ETag");
    call("/api/v1/tasks/{id}", "GET", "/api/v1/tasks/00000000-0000-4000-8000-000000000000", null);
    call("/api/v1/tasks/{id}", "PATCH", path, "{\"description\":\"d\"}", "If-Match", tag);
    call("/api/v1/tasks/{id}", "PATCH", path, "{\"description\":\"e\"}", "If-Match", tag);
    call("/api/v1/tasks/{id}/pause", "POST", path + "/pause", null);
    call("/api/v1/tasks/{id}/resume", "POST", path + "/resume", null);
    call("/api/v1/tasks/{id}/run", "POST", path + "/run", null);
    call("/api/v1/tasks/{id}/stop", "POST", path + "/stop", null);
    call("/api/v1/tasks/{id}", "DELETE", path, null);
    call("/api/v1/tasks/{id}/resume", "POST", path + "/resume", null);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "COMPLETED".equals(api.get("/api/v1/tasks/" + shell).text("status")));
    String sleeper =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"sleeper\",\"type\":\"shell\",\"payload\":{\"command\":\"sleep 60\"}}")
            .text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "RUNNING".equals(api.get("/api/v1/tasks/" + sleeper).text("status")));
    call("/api/v1/tasks/{id}/stop", "POST", "/api/v1/tasks/" + sleeper + "/stop", null);
    String second =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"second sleeper\",\"type\":\"shell\",\"payload\":{\"command\":\"echo zzz; sleep 60\"}}")
            .text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "RUNNING".equals(api.get("/api/v1/tasks/" + second).text("status")));
    long running =
        api.get("/api/v1/tasks/" + second + "/executions")
            .json()
            .path("items")
            .get(0)
            .path("log_id")
            .asLong();
    call("/api/v1/executions/{log_id}", "GET", "/api/v1/executions/" + running, null);
    call("/api/v1/executions/{log_id}", "GET", "/api/v1/executions/987654321", null);
    call(
        "/api/v1/executions/{log_id}/stop",
        "POST",
        "/api/v1/executions/" + running + "/stop",
        null);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "COMPLETED".equals(api.get("/api/v1/tasks/" + second).text("status")));
    call(
        "/api/v1/executions/{log_id}/stop",
        "POST",
        "/api/v1/executions/" + running + "/stop",
        null);
    call("/api/v1/tasks/{id}/executions", "GET", "/api/v1/tasks/" + shell + "/executions", null);
    return shell;
  }

  private void deadLetterRoutes() {
    String failing =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"fails\",\"type\":\"shell\",\"payload\":{\"command\":\"exit 3\"},"
                    + "\"retry\":{\"max_attempts\":1}}")
            .text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "FAILED".equals(api.get("/api/v1/tasks/" + failing).text("status")));
    long letter =
        call("/api/v1/dead-letters", "GET", "/api/v1/dead-letters?limit=10", null)
            .json()
            .path("items")
            .get(0)
            .path("id")
            .asLong();
    call(
        "/api/v1/dead-letters/{id}/requeue",
        "POST",
        "/api/v1/dead-letters/" + letter + "/requeue?at=" + FUTURE,
        null);
    call(
        "/api/v1/dead-letters/{id}/requeue",
        "POST",
        "/api/v1/dead-letters/" + letter + "/requeue",
        null);
    call("/api/v1/dead-letters/{id}", "DELETE", "/api/v1/dead-letters/" + letter, null);
    call("/api/v1/dead-letters/{id}", "DELETE", "/api/v1/dead-letters/424242", null);
  }

  private void calendarRoutes() {
    String holidays =
        "{\"name\":\"h\",\"kind\":\"holiday\",\"dates\":[\"2026-12-25\"],\"zone\":\"Europe/Berlin\"}";
    call("/api/v1/calendars", "POST", "/api/v1/calendars", holidays);
    call("/api/v1/calendars", "POST", "/api/v1/calendars", holidays);
    call("/api/v1/calendars", "POST", "/api/v1/calendars", "{\"name\":\"x\",\"kind\":\"monthly\"}");
    call("/api/v1/calendars", "GET", "/api/v1/calendars", null);
    String tag =
        call("/api/v1/calendars/{name}", "GET", "/api/v1/calendars/h", null).header("ETag");
    call(
        "/api/v1/calendars/{name}",
        "PUT",
        "/api/v1/calendars/h",
        "{\"kind\":\"daily\",\"from\":\"22:00\",\"to\":\"06:00\"}",
        "If-Match",
        tag);
    call(
        "/api/v1/calendars/{name}",
        "PUT",
        "/api/v1/calendars/h",
        "{\"kind\":\"weekly\",\"excluded_days\":[\"SUNDAY\"]}",
        "If-Match",
        tag);
    call("/api/v1/calendars/{name}", "DELETE", "/api/v1/calendars/h", null);
    call("/api/v1/calendars/{name}", "GET", "/api/v1/calendars/h", null);
  }

  private void tokenRoutes(String taskId) {
    String viewer =
        call(
                "/api/v1/tokens",
                "POST",
                "/api/v1/tokens",
                "{\"name\":\"ci\",\"role\":\"viewer\",\"expires_in\":\"P90D\"}")
            .text("token");
    call("/api/v1/tokens", "POST", "/api/v1/tokens", "{\"name\":\"ci\",\"role\":\"viewer\"}");
    call("/api/v1/tokens", "POST", "/api/v1/tokens", "{\"name\":\"x\",\"role\":\"root\"}");
    call("/api/v1/tokens", "GET", "/api/v1/tokens", null);
    ApiClient asViewer = api.withToken(viewer);
    check(
        "/api/v1/tasks/{id}/run",
        "POST",
        "/api/v1/tasks/" + taskId + "/run",
        asViewer.post("/api/v1/tasks/" + taskId + "/run"));
    check("/api/v1/tokens", "GET", "/api/v1/tokens", asViewer.get("/api/v1/tokens"));
    call("/api/v1/tokens/{name}", "DELETE", "/api/v1/tokens/ci", null);
    call("/api/v1/tokens/{name}", "DELETE", "/api/v1/tokens/nobody", null);
    check("/api/v1/tasks", "GET", "/api/v1/tasks", asViewer.get("/api/v1/tasks"));
  }

  private void definitionsRoutes() {
    String file = call("/api/v1/export", "GET", "/api/v1/export", null).body();
    call("/api/v1/export", "GET", "/api/v1/export?group=g", null, "Accept", "application/yaml");
    call(
        "/api/v1/apply",
        "POST",
        "/api/v1/apply?dry_run=true",
        file,
        "Content-Type",
        "application/json");
    call(
        "/api/v1/apply",
        "POST",
        "/api/v1/apply",
        "version: 1\ntasks:\n- name: from yaml\n  group: y\n",
        "Content-Type",
        "application/yaml");
    call(
        "/api/v1/apply",
        "POST",
        "/api/v1/apply?prune=true",
        "version: 1\ntasks:\n- name: a\n  priority: high\n",
        "Content-Type",
        "application/yaml");
    call(
        "/api/v1/apply",
        "POST",
        "/api/v1/apply?dry_run=maybe",
        file,
        "Content-Type",
        "application/json");
    call("/api/v1/apply", "POST", "/api/v1/apply", file, "Content-Type", "text/plain");
  }

  private void auditRoutes(String taskId) {
    ApiClient.Answer trail = call("/api/v1/audit", "GET", "/api/v1/audit?limit=2", null);
    assertThat(trail.json().path("items")).hasSize(2);
    call("/api/v1/audit", "GET", "/api/v1/audit?cursor=" + trail.text("next_cursor"), null);
    call(
        "/api/v1/audit",
        "GET",
        "/api/v1/audit?object_id="
            + taskId
            + "&actor=env&action=update&from=2020-01-01T00:00:00Z"
            + "&to=2100-01-01T00:00:00Z",
        null);
    call("/api/v1/audit", "GET", "/api/v1/audit?object_type=h&action=explode", null);
    call("/api/v1/audit", "GET", "/api/v1/audit?action=calendar_replace", null);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
