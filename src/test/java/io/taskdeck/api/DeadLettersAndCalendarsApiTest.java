package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The dead-letter and calendar routes over real HTTP, against in-memory services. */
@Tag("db")
class DeadLettersAndCalendarsApiTest {
  private final InMemoryRetries retries = new InMemoryRetries();
  private ApiServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        TestServers.inMemory(
            ApiConfig.of("127.0.0.1", 0, Optional.empty()),
            new InMemoryTaskService(),
            retries,
            TestServers.HEALTHY);
    api = new ApiClient(server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void deadLettersAreListedRequeuedAndDeleted() {
    long first = retries.addDeadLetter(UUID.randomUUID(), "exit code 1").id();
    long second = retries.addDeadLetter(UUID.randomUUID(), "timed out").id();
    ApiClient.Answer list = api.get("/api/v1/dead-letters");
    assertThat(list.json().path("items").findValuesAsText("last_error"))
        .containsExactly("exit code 1", "timed out");
    assertThat(
            api.post("/api/v1/dead-letters/" + first + "/requeue")
                .json()
                .path("requeued")
                .get(0)
                .asLong())
        .isEqualTo(first);
    assertThat(api.delete("/api/v1/dead-letters/" + second).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/dead-letters").json().path("items").size()).isZero();
    assertThat(api.post("/api/v1/dead-letters/" + first + "/requeue").status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/dead-letters/abc").status()).isEqualTo(404);
  }

  @Test
  void aCalendarIsCreatedReadReplacedAndDeleted() {
    String holidays =
        "{\"name\":\"holidays\",\"kind\":\"holiday\",\"dates\":[\"2026-12-25\"],\"zone\":\"Europe/Berlin\"}";
    ApiClient.Answer created = api.post("/api/v1/calendars", holidays);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("dates").get(0).asText()).isEqualTo("2026-12-25");
    assertThat(created.json().has("from")).isFalse();
    assertThat(created.json().has("excluded_days")).as("only the fields of its kind").isFalse();
    ApiClient.Answer replaced =
        api.send(
            "PUT",
            "/api/v1/calendars/holidays",
            "application/json",
            "{\"kind\":\"weekly\",\"excluded_days\":[\"sunday\",\"SATURDAY\"]}");
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.json().path("excluded_days").toString())
        .isEqualTo("[\"SATURDAY\",\"SUNDAY\"]");
    assertThat(api.get("/api/v1/calendars").json().path("items").size()).isEqualTo(1);
    assertThat(api.delete("/api/v1/calendars/holidays").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/calendars/holidays").status()).isEqualTo(404);
  }

  @Test
  void badCalendarsAreRefusedNamingTheField() {
    assertField(
        api.post(
            "/api/v1/calendars",
            "{\"name\":\"x\",\"kind\":\"holiday\",\"dates\":[\"25.12.2026\"]}"),
        "dates");
    assertField(
        api.post(
            "/api/v1/calendars",
            "{\"name\":\"x\",\"kind\":\"weekly\",\"excluded_days\":[\"Caturday\"]}"),
        "excluded_days");
    assertField(
        api.post(
            "/api/v1/calendars",
            "{\"name\":\"x\",\"kind\":\"daily\",\"from\":\"25:00\",\"to\":\"06:00\"}"),
        "from");
    assertField(api.post("/api/v1/calendars", "{\"name\":\"x\",\"kind\":\"monthly\"}"), "kind");
    assertField(api.post("/api/v1/calendars", "{\"name\":\"x\",\"kind\":\"holiday\"}"), "dates");
    assertField(
        api.post("/api/v1/calendars", "{\"name\":\"x\",\"kind\":\"cron\",\"expression\":\"0 0\"}"),
        "expression");
    api.post(
        "/api/v1/calendars", "{\"name\":\"a\",\"kind\":\"holiday\",\"dates\":[\"2026-01-01\"]}");
    assertField(
        api.send(
            "PUT",
            "/api/v1/calendars/a",
            "application/json",
            "{\"name\":\"b\",\"kind\":\"holiday\"}"),
        "name");
    assertThat(
            api.send("PUT", "/api/v1/calendars/zzz", "application/json", "{\"kind\":\"holiday\"}")
                .status())
        .isEqualTo(404);
  }

  private static void assertField(ApiClient.Answer a, String field) {
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.text("field")).isEqualTo(field);
  }
}
