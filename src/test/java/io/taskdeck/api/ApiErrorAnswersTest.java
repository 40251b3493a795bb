package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every error class of docs/api.md, over real HTTP, against an in-memory TaskService. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class ApiErrorAnswersTest {
  private final InMemoryTaskService tasks = new InMemoryTaskService();
  private ApiServer server;
  private ApiClient api;

  @BeforeAll
  void start() {
    server = TestServers.inMemory(new ApiConfig("127.0.0.1", 0, Optional.empty(), 4096), tasks);
    api = new ApiClient(server.start());
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  private static void assertError(ApiClient.Answer a, int status, String field) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.text("error")).isNotBlank();
    assertThat(a.text("detail")).isEqualTo(a.text("error"));
    assertThat(a.json().path("status").asInt()).isEqualTo(status);
    assertThat(a.text("type")).isEqualTo("about:blank");
    assertThat(a.text("title")).isNotBlank();
    assertThat(a.json().has("field")).as("field is present, null when none").isTrue();
    assertThat(a.text("field")).isEqualTo(field);
  }

  @Test
  void malformedJsonIsA400NamingTheBody() {
    int before = tasks.size();
    assertError(api.post("/api/v1/tasks", "{\"name\": \"x\""), 400, "body");
    assertThat(tasks.size()).isEqualTo(before);
  }

  @Test
  void aWrongTypeIsA400NamingTheField() {
    assertError(api.post("/api/v1/tasks", "{\"name\": 12}"), 400, "name");
    assertError(
        api.post("/scheduleTask", "{\"task_name\": \"a\", \"priority\": \"high\"}"),
        400,
        "priority");
    assertError(
        api.post("/api/v1/tasks", "{\"name\":\"a\",\"retry\":{\"max_attempts\":true}}"),
        400,
        "retry.max_attempts");
  }

  @Test
  void aMissingNameIsA400NamingIt() {
    assertError(api.post("/api/v1/tasks", "{\"priority\": 3}"), 400, "name");
    assertError(api.post("/scheduleTask", "{\"priority\": 3}"), 400, "task_name");
  }

  @Test
  void anUnparseableTimestampIsA400NamingTheField() {
    ApiClient.Answer a =
        api.post("/scheduleTask", "{\"task_name\":\"a\",\"execution_time\":\"tomorrow\"}");
    assertError(a, 400, "execution_time");
    assertThat(a.text("error")).contains("ISO-8601");
  }

  @Test
  void anUnknownZoneIsA400NamingTheField() {
    String body =
        "{\"name\":\"a\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Mars/Olympus\"}}";
    assertError(api.post("/api/v1/tasks", body), 400, "schedule.zone");
  }

  @Test
  void anInvalidCronExpressionIsA400WithTheParsersReason() {
    String body =
        "{\"name\":\"a\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0\",\"zone\":\"UTC\"}}";
    ApiClient.Answer a = api.post("/api/v1/tasks", body);
    assertError(a, 400, "schedule.expression");
    assertThat(a.text("error")).contains("expected 6 or 7 fields");
  }

  @Test
  void anUnknownFieldIsA400NamingIt() {
    assertError(
        api.post("/scheduleTask", "{\"task_name\":\"a\",\"execution_tme\":\"x\"}"),
        400,
        "execution_tme");
  }

  @Test
  void anUnknownOrNonUuidIdIsA404() {
    assertError(api.get("/api/v1/tasks/not-a-uuid"), 404, null);
    assertError(api.get("/taskStatus/7f1c7a4e-0000-4000-8000-000000000000"), 404, null);
    assertError(api.delete("/cancelTask/42"), 404, null);
    assertError(api.get("/no/such/route"), 404, null);
  }

  @Test
  void resumingATaskThatIsNotPausedIsA409() {
    String id = api.post("/api/v1/tasks", "{\"name\":\"a\"}").text("id");
    assertError(api.post("/api/v1/tasks/" + id + "/resume"), 409, null);
  }

  @Test
  void aBodyOverTheLimitIsA413() {
    int before = tasks.size();
    String big = "{\"name\":\"" + "x".repeat(5000) + "\"}";
    assertError(api.post("/api/v1/tasks", big), 413, "body");
    assertError(api.postChunked("/api/v1/tasks", big), 413, "body");
    assertThat(tasks.size()).isEqualTo(before);
  }

  @Test
  void aWrongContentTypeIsA415() {
    assertError(
        api.send("POST", "/api/v1/tasks", "text/plain", "{\"name\":\"a\"}"), 415, "Content-Type");
    assertError(
        api.send("POST", "/scheduleTask", null, "{\"task_name\":\"a\"}"), 415, "Content-Type");
  }

  @Test
  void aDownDatabaseIsA503AndTheServerRecovers() {
    tasks.databaseDown(true);
    ApiClient.Answer a = api.get("/api/v1/tasks");
    assertError(a, 503, null);
    assertThat(a.text("error")).contains("database is unavailable");
    tasks.databaseDown(false);
    assertThat(api.get("/api/v1/tasks").status()).isEqualTo(200);
  }

  @Test
  void aConnectionFailureFromThePoolIsA503EvenWhenWrapped() {
    tasks.failNextCall(
        new IllegalStateException(
            "query failed",
            new java.sql.SQLTransientConnectionException(
                "taskdeck - Connection is not available, request timed out")));
    ApiClient.Answer a = api.get("/api/v1/tasks");
    assertError(a, 503, null);
    assertThat(a.header("Retry-After")).isEqualTo("5");
    assertThat(a.text("error"))
        .contains("database is unavailable")
        .doesNotContain("Connection is not available");
  }

  @Test
  void aWrongMethodIsA405NamingTheAllowedOnes() {
    ApiClient.Answer a = api.send("PUT", "/api/v1/tasks", "application/json", "{}");
    assertError(a, 405, null);
    assertThat(a.header("Allow")).isEqualTo("GET, POST");
    ApiClient.Answer task =
        api.send(
            "PUT", "/api/v1/tasks/7f1c7a4e-0000-4000-8000-000000000000", "application/json", "{}");
    assertError(task, 405, null);
    assertThat(task.header("Allow")).isEqualTo("GET, PATCH, DELETE");
  }

  @Test
  void jettysOwnRefusalsAreProblemsToo() {
    assertError(api.get("/api/v1/tasks?q=" + "x".repeat(20_000)), 414, null);
    assertError(api.getWithHeader("/api/v1/tasks", "X-Big", "y".repeat(20_000)), 431, null);
    ApiClient.Answer nul = api.get("/api/v1/tasks/a%00b");
    assertError(nul, 400, null);
  }

  @Test
  void anUnexpectedErrorIsA500WithoutAStackTrace() {
    tasks.failNextCall(new IllegalArgumentException("secret detail at io.taskdeck.Foo"));
    ApiClient.Answer a = api.get("/api/v1/tasks");
    assertError(a, 500, null);
    assertThat(a.text("error")).isEqualTo("internal error");
    assertThat(a.body()).doesNotContain("secret detail").doesNotContain("at io.");
  }

  @Test
  void aRequestIdIsEchoedAndOnEveryLogLineOfTheRequest() {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ErrorMapping.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
        new ch.qos.logback.core.read.ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try {
      tasks.failNextCall(new IllegalArgumentException("boom"));
      ApiClient.Answer a = api.send("GET", "/api/v1/tasks", "", "X-Request-Id", "req-42");
      assertThat(a.status()).isEqualTo(500);
      assertThat(a.header("X-Request-Id")).isEqualTo("req-42");
      assertThat(lines.list)
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("request_id", "req-42"));
      ApiClient.Answer generated = api.get("/api/v1/tasks");
      assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
      ApiClient.Answer forged =
          api.send("GET", "/api/v1/tasks", "", "X-Request-Id", "x\tINFO fake line");
      assertThat(forged.header("X-Request-Id"))
          .as("an id that is not a plain token is replaced")
          .matches("[0-9a-f-]{36}");
    } finally {
      logger.detachAppender(lines);
    }
  }
}
