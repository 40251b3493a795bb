package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiAuthTest {
  private ApiServer server;

  private ApiClient start(Optional<String> token) {
    server =
        TestServers.inMemory(ApiConfig.of("127.0.0.1", 0, token), new InMemoryTaskService());
    return new ApiClient(server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void withATokenEveryRouteButHealthNeedsTheBearerHeader() {
    ApiClient anonymous = start(Optional.of("s3cret-token"));
    for (String path : new String[] {"/api/v1/tasks", "/metrics", "/openapi.json", "/taskStatus/x"}) {
      ApiClient.Answer a = anonymous.get(path);
      assertThat(a.status()).as(path).isEqualTo(401);
      assertThat(a.text("field")).isEqualTo("Authorization");
      assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(a.contentType()).startsWith("application/problem+json");
    }
    assertThat(anonymous.post("/scheduleTask", "{\"task_name\":\"a\"}").status()).isEqualTo(401);
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneLetsIn() {
    ApiClient anonymous = start(Optional.of("s3cret-token"));
    assertThat(anonymous.withToken("s3cret-tokem").get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(anonymous.withToken("s3cret").get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(anonymous.withToken("s3cret-token").get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(anonymous.withToken("s3cret-token").post("/scheduleTask", "{\"task_name\":\"a\"}").status())
        .isEqualTo(201);
  }

  @Test
  void withoutATokenNoHeaderIsNeeded() {
    ApiClient anonymous = start(Optional.empty());
    assertThat(anonymous.get("/api/v1/tasks").status()).isEqualTo(200);
    assertThat(anonymous.withToken("anything").get("/api/v1/tasks").status()).isEqualTo(200);
  }
}
