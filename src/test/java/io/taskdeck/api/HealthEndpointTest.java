package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class HealthEndpointTest {
  private final AtomicReference<HealthProbe.Report> report =
      new AtomicReference<>(new HealthProbe.Report(Optional.empty(), "RUNNING"));
  private ApiServer server;

  private ApiClient start() {
    server = TestServers.inMemory(ApiConfig.of("127.0.0.1", 0, Optional.of("t0ken")), report::get);
    return new ApiClient(server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aHealthyNodeAnswers200WithTheSchedulerStateAndNoToken() {
    ApiClient.Answer a = start().get("/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.text("status")).isEqualTo("ok");
    assertThat(a.text("database")).isEqualTo("up");
    assertThat(a.text("scheduler")).isEqualTo("RUNNING");
    assertThat(a.text("engine")).isEqualTo("executing");
  }

  @Test
  void aNodeShuttingDownAnswers503SoThatTrafficDrains() {
    ApiClient api = start();
    report.set(
        new HealthProbe.Report(Optional.empty(), "RUNNING", Optional.of("shutting down"), true));
    ApiClient.Answer a = api.get("/health");
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.header("Retry-After")).isNotNull();
    assertThat(a.text("database")).isEqualTo("up");
    assertThat(a.text("engine")).isEqualTo("not-executing");
    assertThat(a.text("reason")).isEqualTo("shutting down");
  }

  @Test
  void aDownDatabaseAnswers503WithTheReasonAndComesBackWhenItReturns() {
    ApiClient api = start();
    report.set(new HealthProbe.Report(Optional.of("Connection refused"), "RUNNING"));
    ApiClient.Answer down = api.get("/health");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.text("database")).isEqualTo("down");
    assertThat(down.text("error")).contains("Connection refused");
    report.set(new HealthProbe.Report(Optional.empty(), "RUNNING"));
    assertThat(api.get("/health").status()).isEqualTo(200);
  }

  @Test
  void stoppingTwiceIsHarmlessAndAStoppedServerRefusesToStartAgain() {
    start();
    server.stop();
    server.stop();
    org.assertj.core.api.Assertions.assertThatThrownBy(server::start)
        .isInstanceOf(IllegalStateException.class);
  }
}
