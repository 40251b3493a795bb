package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The role matrix on a real ApiServer over the real engine and token store: every route of the
 * table, called by no token, an expired, a revoked, a viewer, an operator, an admin and the env
 * token. One subclass per database.
 */
@Tag("db")
abstract class RoleMatrixContract {
  static final String ENV_TOKEN = "env-token-0123456789-0123456789-abcdef";

  /** The system clock moved forward by what a test says, so that tokens expire without waiting. */
  static final class MovedClock extends Clock {
    private volatile Duration ahead = Duration.ZERO;

    void advance(Duration d) {
      ahead = ahead.plus(d);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  private ApiServer server;
  protected ApiClient anonymous;
  protected TokenService tokens;
  protected final MovedClock clock = new MovedClock();

  /** Who calls, and with which token (null: no header). */
  protected final Map<String, String> callers = new LinkedHashMap<>();

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  abstract TestDatabase database();

  @BeforeEach
  void start() {
    logs.start();
    root().addAppender(logs);
    tdb = database();
    db = tdb.open();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .nodeId("roles")
                .workerThreads(2)
                .checkinInterval(Duration.ofSeconds(1))
                .shutdownGrace(Duration.ofSeconds(1))
                .build(),
            registry);
    engine.start();
    tokens = TestTokens.on(db, clock);
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
    callers.put("none", null);
    callers.put("expired", tokens.create("old", Role.ADMIN, Duration.ofMinutes(1)).secret());
    callers.put("viewer", tokens.create("look", Role.VIEWER, null).secret());
    callers.put("revoked", tokens.create("gone", Role.ADMIN, null).secret());
    callers.put("operator", tokens.create("ops", Role.OPERATOR, Duration.ofDays(90)).secret());
    callers.put("admin", tokens.create("boss", Role.ADMIN, null).secret());
    callers.put("env", ENV_TOKEN);
    tokens.revoke("gone");
    clock.advance(Duration.ofMinutes(2));
  }

  @AfterEach
  void stop() {
    root().detachAppender(logs);
    server.stop();
    engine.close();
    db.close();
    tdb.close();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Test
  void everyRouteAnswersEveryCallerAsTheRoleMatrixSays() {
    String taskId =
        anonymous
            .withToken(ENV_TOKEN)
            .post(
                "/api/v1/tasks",
                "{\"name\":\"t\",\"schedule\":{\"kind\":\"once\","
                    + "\"at\":\"2099-01-01T00:00:00Z\"}}")
            .text("id");
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Route r : server.routes()) {
      String path =
          r.path()
              .replace("{task_id}", taskId)
              .replace("{name}", "no-such-name")
              .replace("{log_id}", "999999")
              .replace("{id}", r.path().contains("dead-letters") ? "999999" : taskId);
      String body = r.requestSchema() == null ? "" : "{}";
      for (Map.Entry<String, String> caller : callers.entrySet()) {
        ApiClient client =
            caller.getValue() == null ? anonymous : anonymous.withToken(caller.getValue());
        ApiClient.Answer a = client.send(r.method().name(), path, "application/json", body);
        calls++;
        String problem = judge(r, caller.getKey(), a);
        if (problem != null) {
          wrong.add(
              r.method()
                  + " "
                  + r.path()
                  + " as "
                  + caller.getKey()
                  + ": "
                  + problem
                  + " | "
                  + a.body());
        }
      }
    }
    assertThat(wrong).as("answers that differ from the role matrix").isEmpty();
    assertThat(calls).isEqualTo(server.routes().size() * callers.size());
    assertThat(server.routes()).hasSizeGreaterThanOrEqualTo(29);
  }

  /**
   * Null when {@code a} is what the matrix says {@code caller} gets on {@code r}, otherwise why
   * not.
   */
  private static String judge(Route r, String caller, ApiClient.Answer a) {
    if (r.role() == null) {
      return a.status() == 401 || a.status() == 403 ? "an open route refused: " + a.status() : null;
    }
    if (List.of("none", "expired", "revoked").contains(caller)) {
      boolean challenged =
          a.header("WWW-Authenticate") != null && a.header("WWW-Authenticate").startsWith("Bearer");
      return a.status() == 401
              && challenged
              && a.contentType().startsWith("application/problem+json")
          ? null
          : "expected 401 with WWW-Authenticate, got " + a.status();
    }
    Role held =
        caller.equals("env") ? Role.ADMIN : Role.valueOf(caller.toUpperCase(java.util.Locale.ROOT));
    if (held.includes(r.role())) {
      return a.status() == 401 || a.status() == 403 ? "allowed, but got " + a.status() : null;
    }
    if (a.status() != 403) {
      return "expected 403, got " + a.status();
    }
    return a.json().path("detail").asText().contains("needs the role " + r.role().wireName())
        ? null
        : "the 403 does not name the role " + r.role().wireName();
  }

  @Test
  void expiredAndRevokedTokensAreToldWhy() {
    ApiClient.Answer expired = anonymous.withToken(callers.get("expired")).get("/api/v1/tasks");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.text("error")).startsWith("token 'old' expired at");
    ApiClient.Answer revoked = anonymous.withToken(callers.get("revoked")).get("/api/v1/tasks");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.text("error")).startsWith("token 'gone' was revoked at");
    String forged = callers.get("admin").substring(0, callers.get("admin").length() - 2) + "xx";
    assertThat(anonymous.withToken(forged).get("/api/v1/tasks").text("error"))
        .isEqualTo("wrong bearer token");
  }

  @Test
  void theReadmeRoleTableIsTheRouteTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m =
        Pattern.compile("(?m)^\\| `([A-Z]+) (/[^`]*)` \\| ([a-z ()]+) \\|$").matcher(readme);
    TreeSet<String> documented = new TreeSet<>();
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    TreeSet<String> table = new TreeSet<>();
    for (Route r : server.routes()) {
      table.add(
          r.method()
              + " "
              + r.path()
              + " "
              + (r.role() == null ? "none (open)" : r.role().wireName()));
    }
    assertThat(documented).isEqualTo(table);
  }

  @Test
  void wrongNamedTokensFromOneAddressAreSlowedThen429() {
    for (int i = 0; i < 6; i++) {
      String guess = "tdk_0123456789abcdef_" + "A".repeat(42) + i;
      assertThat(anonymous.withToken(guess).get("/api/v1/tasks").status())
          .as("guess " + i)
          .isEqualTo(401);
    }
    ApiClient.Answer blocked = anonymous.withToken(callers.get("admin")).get("/api/v1/tasks");
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).isNotBlank();
  }

  @Test
  void adminsManageTokensOverTheApiAndTheTokenIsShownOnce() {
    ApiClient admin = anonymous.withToken(callers.get("admin"));
    ApiClient.Answer created =
        admin.post(
            "/api/v1/tokens", "{\"name\":\"ci\",\"role\":\"operator\",\"expires_in\":\"P90D\"}");
    assertThat(created.status()).isEqualTo(201);
    String token = created.text("token");
    assertThat(token).startsWith("tdk_");
    assertThat(created.text("role")).isEqualTo("operator");
    assertThat(
            Duration.between(
                Instant.parse(created.text("created_at")),
                Instant.parse(created.text("expires_at"))))
        .isEqualTo(Duration.ofDays(90));
    ApiClient ci = anonymous.withToken(token);
    assertThat(ci.get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(ci.get("/api/v1/tokens").status()).isEqualTo(403);
    ApiClient.Answer list = admin.get("/api/v1/tokens");
    assertThat(list.body())
        .doesNotContain(token)
        .doesNotContain(secretPart(token))
        .doesNotContain("hash")
        .doesNotContain("salt");
    assertThat(list.json().path("items").findValuesAsText("name"))
        .contains("ci", "boss", "gone", "look", "old", "ops");
    assertThat(admin.post("/api/v1/tokens", "{\"name\":\"ci\",\"role\":\"viewer\"}").status())
        .isEqualTo(409);
    ApiClient.Answer badRole = admin.post("/api/v1/tokens", "{\"name\":\"x\",\"role\":\"root\"}");
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.text("field")).isEqualTo("role");
    assertThat(admin.post("/api/v1/tokens", "{\"name\":\"env\",\"role\":\"viewer\"}").text("field"))
        .isEqualTo("name");
    assertThat(
            admin
                .post(
                    "/api/v1/tokens",
                    "{\"name\":\"y\",\"role\":\"viewer\",\"expires_in\":\"soon\"}")
                .text("field"))
        .isEqualTo("expires_in");
    ApiClient.Answer revoked = admin.delete("/api/v1/tokens/ci");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("revoked").asBoolean()).isTrue();
    assertThat(ci.get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(admin.delete("/api/v1/tokens/nobody").status()).isEqualTo(404);
  }

  @Test
  void noTokenReachesTheLogsOrAnErrorBody() {
    ApiClient admin = anonymous.withToken(callers.get("admin"));
    String created =
        admin.post("/api/v1/tokens", "{\"name\":\"fresh\",\"role\":\"viewer\"}").text("token");
    List<String> secrets =
        new ArrayList<>(callers.values().stream().filter(java.util.Objects::nonNull).toList());
    secrets.add(created);
    List<String> bodies = new ArrayList<>();
    for (String secret : secrets) {
      ApiClient client = anonymous.withToken(secret);
      bodies.add(client.post("/api/v1/tasks", "{\"name\":").body());
      bodies.add(client.get("/api/v1/tokens").body());
      bodies.add(client.delete("/api/v1/calendars/none").body());
      bodies.add(client.get("/no/such/route").body());
    }
    bodies.add(anonymous.withToken(created + "x").get("/api/v1/tasks").body());
    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).as("log lines were captured").isNotEmpty();
    for (String secret : secrets) {
      String part = secretPart(secret);
      assertThat(lines).noneMatch(l -> l.contains(part));
      assertThat(bodies).noneMatch(b -> b.contains(part));
    }
  }

  /**
   * The random part of a named token, {@code tdk_<key id>_<secret>} (base64url: it may hold '_');
   * an env token whole.
   */
  private static String secretPart(String token) {
    return token.startsWith("tdk_") ? token.split("_", 3)[2] : token;
  }
}
