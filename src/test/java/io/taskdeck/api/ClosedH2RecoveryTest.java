package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.taskdeck.store.DatabaseProbe;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.FaultyDisk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: with its disk full, H2 closes the database; /health said 200 "up" and the node never
 * recovered until restarted. Now /health reports it within its 2 s bound, and once the disk takes
 * writes again the pool's next connection reopens the database: tasks are created and run again.
 */
@Tag("fault")
class ClosedH2RecoveryTest {
  @TempDir Path dir;
  private Database db;
  private TaskEngine engine;
  private DatabaseProbe probe;
  private ApiServer server;

  @AfterEach
  void stop() {
    FaultyDisk.full(false);
    if (server != null) {
      server.stop();
    }
    if (engine != null) {
      engine.close();
    }
    if (probe != null) {
      probe.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aClosedH2DatabaseIsReportedAndReopenedWithoutARestart() {
    FaultyDisk.register();
    db =
        Database.open(
            DatabaseConfig.of("jdbc:h2:faulty:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", ""));
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .nodeId("disk")
                .workerThreads(2)
                .checkinInterval(Duration.ofSeconds(1))
                .shutdownGrace(Duration.ofSeconds(1))
                .build(),
            registry);
    engine.start();
    probe = new DatabaseProbe(db.dataSource(), "disk");
    server =
        new ApiServer(
            ApiConfig.of("127.0.0.1", 0, Optional.empty()),
            engine.service(),
            engine.deadLetters(),
            engine.calendars(),
            engine.definitions(),
            new IdempotencyRepository(new Jdbc(db.dataSource()), Clock.systemUTC()),
            io.taskdeck.testsupport.TestTokens.on(db),
            engine.audit(),
            registry,
            () -> new HealthProbe.Report(probe.problem(), engine.service().info().state()));
    ApiClient api = new ApiClient(server.start());
    assertThat(api.get("/health").status()).isEqualTo(200);

    FaultyDisk.full(true);
    api.post("/api/v1/tasks", "{\"name\":\"on a full disk\"}");
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/health").status() == 503);
    ApiClient.Answer down = api.get("/health");
    assertThat(down.text("database")).isEqualTo("down");
    assertThat(down.text("engine")).isEqualTo("not-executing");
    assertThat(down.text("reason")).isEqualTo("the database is unavailable");

    FaultyDisk.full(false);
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/health").status() == 200);
    ApiClient.Answer created = api.post("/api/v1/tasks", "{\"name\":\"after the disk was freed\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.text("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "COMPLETED".equals(api.get("/api/v1/tasks/" + id).text("status")));
  }
}
