package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Role;
import io.taskdeck.testsupport.InMemoryTokens;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class ApiAuthTest {
  private ApiServer server;

  private final InMemoryTokens tokens = new InMemoryTokens();

  private ApiClient start(Optional<String> token) {
    server =
        TestServers.inMemory(
            ApiConfig.of("127.0.0.1", 0, token),
            new InMemoryTaskService(),
            new InMemoryRetries(),
            tokens,
            TestServers.HEALTHY);
    return new ApiClient(server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void withATokenEveryRouteButHealthNeedsTheBearerHeader() {
    ApiClient anonymous = start(Optional.of("s3cret-token"));
    for (String path : new String[] {"/api/v1/tasks", "/metrics", "/taskStatus/x"}) {
      ApiClient.Answer a = anonymous.get(path);
      assertThat(a.status()).as(path).isEqualTo(401);
      assertThat(a.text("field")).isEqualTo("Authorization");
      assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(a.contentType()).startsWith("application/problem+json");
    }
    assertThat(anonymous.post("/scheduleTask", "{\"task_name\":\"a\"}").status()).isEqualTo(401);
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/openapi.json").status())
        .as("the document needs no token")
        .isEqualTo(200);
  }

  @Test
  void repeatedWrongTokensFromOneAddressAreSlowedThen429UntilTheWaitIsOver() {
    ApiClient api = start(Optional.of("s3cret-token"));
    for (int i = 0; i < 6; i++) {
      assertThat(api.withToken("guess-" + i).get("/api/v1/tasks").status())
          .as("try " + i)
          .isEqualTo(401);
    }
    ApiClient.Answer blocked = api.withToken("s3cret-token").get("/api/v1/tasks");
    assertThat(blocked.status()).as("even the right token waits").isEqualTo(429);
    assertThat(blocked.header("Retry-After")).isEqualTo("1");
    assertThat(blocked.contentType()).startsWith("application/problem+json");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.withToken("s3cret-token").get("/api/v1/tasks").status() == 200);
    assertThat(api.withToken("guess-again").get("/api/v1/tasks").status())
        .as("the right token cleared the count")
        .isEqualTo(401);
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneLetsIn() {
    ApiClient anonymous = start(Optional.of("s3cret-token"));
    assertThat(anonymous.withToken("s3cret-tokem").get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(anonymous.withToken("s3cret").get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(anonymous.withToken("s3cret-token").get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(
            anonymous
                .withToken("s3cret-token")
                .post("/scheduleTask", "{\"task_name\":\"a\"}")
                .status())
        .isEqualTo(201);
  }

  @Test
  void withoutATokenNoHeaderIsNeeded() {
    ApiClient anonymous = start(Optional.empty());
    assertThat(anonymous.get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(anonymous.withToken("anything").get("/api/v1/tasks").status()).isEqualTo(200);
  }

  @Test
  void withoutAnEnvTokenTheApiIsOpenUntilTheFirstNamedTokenExistsThenClosedForGood() {
    ApiClient anonymous = start(Optional.empty());
    assertThat(anonymous.post("/scheduleTask", "{\"task_name\":\"a\"}").status())
        .as("open: a local admin")
        .isEqualTo(201);
    String viewer = tokens.create("look", Role.VIEWER, null).secret();
    assertThat(anonymous.get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(anonymous.withToken(viewer).get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(anonymous.withToken(viewer).post("/scheduleTask", "{\"task_name\":\"a\"}").status())
        .isEqualTo(403);
    tokens.revoke("look");
    assertThat(anonymous.get("/api/v1/tasks").status())
        .as("revoking the only token does not reopen")
        .isEqualTo(401);
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
  }
}
