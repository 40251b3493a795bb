package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.Role;
import io.taskdeck.core.Secrets;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TokenService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit trail (docs/audit.md) on a real ApiServer over the real engine: every write route of
 * the route table leaves exactly one row naming its caller, a refused write leaves none, an edit
 * records the changed fields only with secrets masked, and the desktop is named as itself. One
 * subclass per database.
 */
@Tag("db")
abstract class AuditTrailContract {
  static final String ENV_TOKEN = "env-token-0123456789-0123456789-abcdef";
  private static final String FUTURE = "2099-01-01T00:00:00Z";

  private TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  private ApiServer server;
  private ApiClient anonymous;
  private TokenService tokens;

  /** Caller name to its client. */
  private final Map<String, ApiClient> as = new LinkedHashMap<>();

  abstract TestDatabase database();

  /** What a write route is called with, and the row it must leave. */
  private record Call(
      String caller, String method, String path, String body, String action, String objectId) {}

  @BeforeEach
  void start() {
    tdb = database();
    db = tdb.open();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .nodeId("audit")
                .workerThreads(3)
                .checkinInterval(Duration.ofSeconds(1))
                .shutdownGrace(Duration.ofSeconds(1))
                .build(),
            registry);
    engine.start();
    tokens = TestTokens.on(db);
    server =
        new ApiServer(
            ApiConfig.of("127.0.0.1", 0, Optional.of(ENV_TOKEN)),
            engine.service(),
            engine.deadLetters(),
            engine.calendars(),
            engine.definitions(),
            new IdempotencyRepository(new Jdbc(db.dataSource()), Clock.systemUTC()),
            tokens,
            engine.audit(),
            registry,
            () -> new HealthProbe.Report(Optional.empty(), engine.service().info().state()));
    anonymous = new ApiClient(server.start());
    as.put("env", anonymous.withToken(ENV_TOKEN));
    as.put("ops", anonymous.withToken(tokens.create("ops", Role.OPERATOR, null).secret()));
    as.put("boss", anonymous.withToken(tokens.create("boss", Role.ADMIN, null).secret()));
    as.put("look", anonymous.withToken(tokens.create("look", Role.VIEWER, null).secret()));
  }

  @AfterEach
  void stop() {
    server.stop();
    engine.close();
    db.close();
    tdb.close();
  }

  @Test
  void everyWriteRouteLeavesExactlyOneAuditRowNamingItsCaller() {
    Map<String, Supplier<Call>> scenarios = scenarios();
    TreeSet<String> writeRoutes = new TreeSet<>();
    server.routes().stream()
        .filter(r -> !r.method().name().equals("GET"))
        .forEach(r -> writeRoutes.add(r.method() + " " + r.path()));
    assertThat(scenarios.keySet())
        .as("a scenario for every write route of the table")
        .containsExactlyInAnyOrderElementsOf(writeRoutes);

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Supplier<Call>> s : scenarios.entrySet()) {
      Call call = s.getValue().get();
      long before = lastId();
      ApiClient.Answer a =
          as.get(call.caller())
              .send(
                  call.method(),
                  call.path(),
                  call.body(),
                  "X-Request-Id",
                  "req-" + writeRoutes.headSet(s.getKey()).size());
      List<AuditEvent> rows =
          engine.audit().list(AuditQuery.all().withLimit(50)).items().stream()
              .filter(e -> e.id() > before)
              .toList();
      if (a.status() >= 300) {
        wrong.add(s.getKey() + ": answered " + a.status() + " " + a.body());
      } else if (rows.size() != 1) {
        wrong.add(s.getKey() + ": " + rows.size() + " audit rows " + rows);
      } else {
        AuditEvent e = rows.get(0);
        String expected =
            call.caller()
                + " "
                + call.action()
                + " "
                + objectId(call, a)
                + " req-"
                + writeRoutes.headSet(s.getKey()).size();
        String got = e.actor() + " " + e.action() + " " + e.objectId() + " " + e.requestId();
        if (!expected.equals(got)) {
          wrong.add(s.getKey() + ": expected " + expected + ", recorded " + got);
        }
      }
    }
    assertThat(wrong).as("write routes whose audit row is missing or wrong").isEmpty();
  }

  @Test
  void aRefusedWriteLeavesNoAuditRow() {
    ApiClient boss = as.get("boss");
    String id =
        boss.post(
                "/api/v1/tasks",
                "{\"name\":\"t\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}")
            .text("id");
    String tag = boss.get("/api/v1/tasks/" + id).header("ETag");
    boss.patch("/api/v1/tasks/" + id, "{\"description\":\"moved on\"}");
    boss.post(
        "/api/v1/calendars",
        "{\"name\":\"h\",\"kind\":\"holiday\",\"dates\":[\"2026-12-25\"],\"zone\":\"UTC\"}");
    String cancelled =
        boss.post(
                "/api/v1/tasks",
                "{\"name\":\"c\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}")
            .text("id");
    boss.delete("/api/v1/tasks/" + cancelled);
    String inUse =
        boss.post(
                "/api/v1/tasks",
                "{\"name\":\"u\",\"calendar\":\"h\",\"schedule\":{\"kind\":\"cron\","
                    + "\"expression\":\"0 0 2 * * ?\",\"zone\":\"UTC\"}}")
            .text("id");
    assertThat(inUse).isNotNull();
    long before = lastId();

    Map<String, ApiClient.Answer> refused = new LinkedHashMap<>();
    refused.put(
        "400 bad cron",
        boss.post(
            "/api/v1/tasks",
            "{\"name\":\"x\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"nope\",\"zone\":\"UTC\"}}"));
    refused.put(
        "400 bulk with one bad task",
        boss.post("/api/v1/tasks/bulk", "{\"tasks\":[{\"name\":\"ok\"},{\"name\":\"\"}]}"));
    refused.put("400 bad patch", boss.patch("/api/v1/tasks/" + id, "{\"priority\":\"high\"}"));
    refused.put(
        "412 stale If-Match",
        boss.send("PATCH", "/api/v1/tasks/" + id, "{\"description\":\"late\"}", "If-Match", tag));
    refused.put(
        "409 pause a cancelled task", as.get("ops").post("/api/v1/tasks/" + cancelled + "/pause"));
    refused.put(
        "409 calendar name taken",
        boss.post(
            "/api/v1/calendars",
            "{\"name\":\"h\",\"kind\":\"holiday\",\"dates\":[],\"zone\":\"UTC\"}"));
    refused.put("409 calendar in use", boss.delete("/api/v1/calendars/h"));
    refused.put(
        "409 token name taken",
        boss.post("/api/v1/tokens", "{\"name\":\"ops\",\"role\":\"viewer\"}"));
    refused.put("409 stop what does not run", as.get("ops").post("/api/v1/tasks/" + id + "/stop"));
    refused.put("404 unknown dead letter", boss.delete("/api/v1/dead-letters/424242"));
    refused.put("404 unknown token", boss.delete("/api/v1/tokens/nobody"));
    refused.put("403 viewer runs", as.get("look").post("/api/v1/tasks/" + id + "/run"));

    refused.forEach(
        (what, a) ->
            assertThat(a.status())
                .as(what + ": " + a.body())
                .isEqualTo(Integer.parseInt(what.substring(0, 3))));
    assertThat(lastId()).as("no audit row after refused writes").isEqualTo(before);
  }

  @Test
  void anEditRecordsTheChangedFieldsOnlyBeforeAndAfterWithSecretsMasked() {
    ApiClient boss = as.get("boss");
    String id =
        boss.post(
                "/api/v1/tasks",
                "{\"name\":\"dump\",\"type\":\"shell\",\"payload\":{\"command\":\"pg_dump a\","
                    + "\"env\":{\"PGHOST\":\"db\",\"DB_PASSWORD\":\"hunter2\"}},\"schedule\":{\"kind\":\"once\",\"at\":\""
                    + FUTURE
                    + "\"}}")
            .text("id");
    ApiClient.Answer edited =
        boss.patch(
            "/api/v1/tasks/" + id,
            "{\"priority\":7,\"payload\":{\"command\":\"pg_dump b\","
                + "\"env\":{\"PGHOST\":\"db\",\"DB_PASSWORD\":\"swordfish\"}}}");
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);

    ApiClient.Answer trail = as.get("look").get("/api/v1/audit?object_id=" + id + "&action=update");
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    JsonNode items = trail.json().path("items");
    assertThat(items).hasSize(1);
    JsonNode changes = items.get(0).path("changes");
    assertThat(changes.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("priority", "payload.command", "payload.env.DB_PASSWORD");
    assertThat(changes.path("priority").path("before").asInt()).isEqualTo(5);
    assertThat(changes.path("priority").path("after").asInt()).isEqualTo(7);
    assertThat(changes.path("payload.command").path("after").asText()).isEqualTo("pg_dump b");
    assertThat(changes.path("payload.env.DB_PASSWORD").path("before").asText())
        .isEqualTo(Secrets.MASK);
    assertThat(changes.path("payload.env.DB_PASSWORD").path("after").asText())
        .isEqualTo(Secrets.MASK);
    assertThat(items.get(0).path("actor").asText()).isEqualTo("boss");
    assertThat(items.get(0).path("actor_kind").asText()).isEqualTo("token");
    assertThat(as.get("env").get("/api/v1/audit?limit=500").body())
        .doesNotContain("hunter2", "swordfish", "tdk_");
  }

  @Test
  void theTrailIsFilteredByObjectActorActionAndTimeAndPagedWithCursors() {
    String later = ",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}";
    String a = as.get("boss").post("/api/v1/tasks", "{\"name\":\"a\"" + later).text("id");
    as.get("env").post("/api/v1/tasks", "{\"name\":\"b\"" + later);
    assertThat(as.get("ops").post("/api/v1/tasks/" + a + "/run").status()).isEqualTo(200);
    ApiClient look = as.get("look");

    assertThat(look.get("/api/v1/audit?object_id=" + a).json().path("items")).hasSize(2);
    assertThat(look.get("/api/v1/audit?actor=ops").json().path("items"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("action").asText()).isEqualTo("run_now"));
    assertThat(look.get("/api/v1/audit?action=create&actor=env").json().path("items"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("object_name").asText()).isEqualTo("b"));
    assertThat(look.get("/api/v1/audit?to=2000-01-01T00:00:00Z").json().path("items")).isEmpty();
    assertThat(
            look.get("/api/v1/audit?from=2000-01-01T00:00:00Z&object_id=" + a).json().path("items"))
        .hasSize(2);
    ApiClient.Answer bad = look.get("/api/v1/audit?action=explode");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("field")).isEqualTo("action");

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          look.get("/api/v1/audit?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
      page.path("items").forEach(e -> seen.add(e.path("id").asText()));
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
    } while (cursor != null);
    int total = engine.audit().list(AuditQuery.all().withLimit(500)).items().size();
    assertThat(seen).doesNotHaveDuplicates().hasSize(total);
    assertThat(total).isGreaterThanOrEqualTo(6); // three tokens, two creates, a run
  }

  @Test
  void aServiceCallMadeAsTheDesktopNamesTheDesktopUserAndHost() {
    UUID mine = engine.service().schedule(TaskSpec.builder().name("from the window").build()).id();
    UUID theirs =
        engine
            .service()
            .as(Actor.desktop("alice", "laptop-7"))
            .schedule(TaskSpec.builder().name("hers").build())
            .id();
    engine
        .calendars()
        .as(Actor.desktop("alice", "laptop-7"))
        .deleteCalendar(
            engine
                .calendars()
                .saveCalendar(
                    io.taskdeck.core.CalendarSpec.holidays(
                        "x",
                        java.time.ZoneOffset.UTC,
                        List.of(java.time.LocalDate.of(2026, 12, 25))))
                .name());

    AuditEvent own = engine.audit().list(AuditQuery.forObject(mine.toString())).items().get(0);
    assertThat(own.actor())
        .isEqualTo(Actor.desktop().name())
        .startsWith("desktop:" + System.getProperty("user.name") + "@");
    assertThat(own.actorKind()).isEqualTo(Actor.Kind.DESKTOP);
    assertThat(own.action()).isEqualTo("create");
    assertThat(own.objectName()).isEqualTo("from the window");
    assertThat(engine.audit().list(AuditQuery.forObject(theirs.toString())).items())
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("desktop:alice@laptop-7"));
    assertThat(engine.audit().list(AuditQuery.forObject("x")).items())
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly(
            "desktop:alice@laptop-7 calendar_delete", Actor.desktop().name() + " calendar_create");
  }

  /**
   * One successful call per write route, each with its least role (the env token on the compat
   * route).
   */
  private Map<String, Supplier<Call>> scenarios() {
    Map<String, Supplier<Call>> s = new LinkedHashMap<>();
    s.put(
        "POST /scheduleTask",
        () ->
            new Call(
                "env",
                "POST",
                "/scheduleTask",
                "{\"task_name\":\"compat\",\"execution_time\":\"" + FUTURE + "\"}",
                "create",
                null));
    s.put(
        "DELETE /cancelTask/{task_id}",
        () -> onTask("ops", "DELETE", "/cancelTask/", "", "cancel"));
    s.put(
        "POST /api/v1/tasks",
        () -> new Call("boss", "POST", "/api/v1/tasks", "{\"name\":\"new\"}", "create", null));
    s.put(
        "POST /api/v1/tasks/bulk",
        () ->
            new Call(
                "boss",
                "POST",
                "/api/v1/tasks/bulk",
                "{\"tasks\":[{\"name\":\"b\"}]}",
                "create",
                null));
    s.put(
        "PATCH /api/v1/tasks/{id}",
        () -> onTask("boss", "PATCH", "/api/v1/tasks/", "", "update", "{\"description\":\"d\"}"));
    s.put(
        "DELETE /api/v1/tasks/{id}", () -> onTask("ops", "DELETE", "/api/v1/tasks/", "", "cancel"));
    s.put(
        "POST /api/v1/tasks/{id}/pause",
        () -> onTask("ops", "POST", "/api/v1/tasks/", "/pause", "pause"));
    s.put(
        "POST /api/v1/tasks/{id}/resume",
        () -> {
          Call c = onTask("ops", "POST", "/api/v1/tasks/", "/resume", "resume");
          engine.service().pause(UUID.fromString(c.objectId()));
          return c;
        });
    s.put(
        "POST /api/v1/tasks/{id}/run",
        () -> onTask("ops", "POST", "/api/v1/tasks/", "/run", "run_now"));
    s.put(
        "POST /api/v1/tasks/{id}/stop",
        () -> {
          String id = running("sleeper");
          return new Call("ops", "POST", "/api/v1/tasks/" + id + "/stop", "", "stop", id);
        });
    s.put(
        "POST /api/v1/executions/{log_id}/stop",
        () -> {
          String id = running("second sleeper");
          String log =
              as.get("env")
                  .get("/api/v1/tasks/" + id + "/executions")
                  .json()
                  .path("items")
                  .get(0)
                  .path("log_id")
                  .asText();
          return new Call("ops", "POST", "/api/v1/executions/" + log + "/stop", "", "stop", log);
        });
    s.put(
        "POST /api/v1/dead-letters/{id}/requeue",
        () -> {
          String[] dl = deadLetter("fails once");
          return new Call(
              "ops",
              "POST",
              "/api/v1/dead-letters/" + dl[1] + "/requeue?at=" + FUTURE,
              "",
              "requeue",
              dl[0]);
        });
    s.put(
        "DELETE /api/v1/dead-letters/{id}",
        () -> {
          String[] dl = deadLetter("fails twice");
          return new Call(
              "boss", "DELETE", "/api/v1/dead-letters/" + dl[1], "", "delete_dead_letter", dl[1]);
        });
    String holidays =
        "{\"name\":\"h\",\"kind\":\"holiday\",\"dates\":[\"2026-12-25\"],\"zone\":\"UTC\"}";
    s.put(
        "POST /api/v1/calendars",
        () -> new Call("boss", "POST", "/api/v1/calendars", holidays, "calendar_create", "h"));
    s.put(
        "PUT /api/v1/calendars/{name}",
        () -> {
          as.get("env").post("/api/v1/calendars", holidays.replace("\"h\"", "\"p\""));
          return new Call(
              "boss",
              "PUT",
              "/api/v1/calendars/p",
              "{\"kind\":\"weekly\",\"excluded_days\":[\"SUNDAY\"]}",
              "calendar_replace",
              "p");
        });
    s.put(
        "DELETE /api/v1/calendars/{name}",
        () -> {
          as.get("env").post("/api/v1/calendars", holidays.replace("\"h\"", "\"d\""));
          return new Call("boss", "DELETE", "/api/v1/calendars/d", "", "calendar_delete", "d");
        });
    s.put(
        "POST /api/v1/apply",
        () ->
            new Call(
                "boss",
                "POST",
                "/api/v1/apply",
                "{\"version\":1,\"tasks\":[{\"name\":\"applied\","
                    + "\"schedule\":{\"kind\":\"once\",\"at\":\""
                    + FUTURE
                    + "\"}}]}",
                "create",
                null));
    s.put(
        "POST /api/v1/tokens",
        () ->
            new Call(
                "boss",
                "POST",
                "/api/v1/tokens",
                "{\"name\":\"ci\",\"role\":\"viewer\"}",
                "token_create",
                "ci"));
    s.put(
        "DELETE /api/v1/tokens/{name}",
        () -> {
          tokens.create("old", Role.VIEWER, null);
          return new Call("boss", "DELETE", "/api/v1/tokens/old", "", "token_revoke", "old");
        });
    return s;
  }

  private Call onTask(String caller, String method, String prefix, String suffix, String action) {
    return onTask(caller, method, prefix, suffix, action, "");
  }

  private Call onTask(
      String caller, String method, String prefix, String suffix, String action, String body) {
    String id =
        as.get("env")
            .post(
                "/api/v1/tasks",
                "{\"name\":\"target\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}")
            .text("id");
    return new Call(caller, method, prefix + id + suffix, body, action, id);
  }

  private String running(String name) {
    String id =
        as.get("env")
            .post(
                "/api/v1/tasks",
                "{\"name\":\""
                    + name
                    + "\",\"type\":\"shell\",\"payload\":{\"command\":\"sleep 60\"}}")
            .text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "RUNNING".equals(as.get("env").get("/api/v1/tasks/" + id).text("status"))
                    && as.get("env")
                            .get("/api/v1/tasks/" + id + "/executions")
                            .json()
                            .path("items")
                            .size()
                        > 0);
    return id;
  }

  /** A task that failed for good: its id and its dead letter's. */
  private String[] deadLetter(String name) {
    String id =
        as.get("env")
            .post(
                "/api/v1/tasks",
                "{\"name\":\""
                    + name
                    + "\",\"type\":\"shell\",\"payload\":{\"command\":\"exit 3\"},"
                    + "\"retry\":{\"max_attempts\":1}}")
            .text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "FAILED".equals(as.get("env").get("/api/v1/tasks/" + id).text("status")));
    for (JsonNode d : as.get("env").get("/api/v1/dead-letters?limit=100").json().path("items")) {
      if (d.path("task_id").asText().equals(id)) {
        return new String[] {id, d.path("id").asText()};
      }
    }
    throw new AssertionError("no dead letter for " + id);
  }

  /** The row's object: the call's, or for a create the id in the answer. */
  private String objectId(Call call, ApiClient.Answer a) {
    if (call.objectId() != null) {
      return call.objectId();
    }
    JsonNode body = a.json();
    if (body.has("changes")) { // an apply: the task it created
      return engine
          .service()
          .list(new io.taskdeck.core.TaskQuery(java.util.Set.of(), null, null, "applied", 10, null))
          .items()
          .get(0)
          .id()
          .toString();
    }
    return body.has("ids")
        ? body.path("ids").get(0).asText()
        : body.has("task_id") ? body.path("task_id").asText() : body.path("id").asText();
  }

  private long lastId() {
    List<AuditEvent> newest = engine.audit().list(AuditQuery.all().withLimit(1)).items();
    return newest.isEmpty() ? 0 : newest.get(0).id();
  }
}
