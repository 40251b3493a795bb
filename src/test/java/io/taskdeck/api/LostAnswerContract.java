package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestTokens;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: "a 503 can hide a created task". The first create commits on the real engine and then
 * fails as a connection that breaks after the commit does (the service throws
 * StoreUnavailableException after the write went through); the client's retry with the same
 * Idempotency-Key must get that task, not a second one.
 */
@Tag("db")
abstract class LostAnswerContract {
  private static final String FUTURE = "2099-01-01T00:00:00Z";
  private TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  private ApiServer server;
  private ApiClient api;
  private final AtomicBoolean loseNextAnswer = new AtomicBoolean();

  abstract TestDatabase database();

  @BeforeEach
  void start() {
    tdb = database();
    db = tdb.open();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    engine =
        new TaskEngine(
            db,
            EngineConfig.builder()
                .nodeId("lost-answer")
                .workerThreads(2)
                .checkinInterval(Duration.ofSeconds(1))
                .build(),
            registry);
    engine.start();
    server =
        new ApiServer(
            ApiConfig.of("127.0.0.1", 0, Optional.empty()),
            losingAnswers(engine.service()),
            engine.deadLetters(),
            engine.calendars(),
            engine.definitions(),
            new IdempotencyRepository(new Jdbc(db.dataSource()), Clock.systemUTC()),
            TestTokens.on(db),
            engine.audit(),
            registry,
            () -> new HealthProbe.Report(Optional.empty(), "RUNNING"));
    api = new ApiClient(server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
    engine.close();
    db.close();
    tdb.close();
  }

  /**
   * The engine's service, whose creates fail after their commit while {@link #loseNextAnswer} is
   * set.
   */
  private TaskService losingAnswers(TaskService real) {
    return (TaskService)
        Proxy.newProxyInstance(
            TaskService.class.getClassLoader(),
            new Class<?>[] {TaskService.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (method.getName().equals("as")) {
                return losingAnswers(
                    (TaskService)
                        result); // the view acting for the request's caller loses answers too
              }
              if (method.getName().startsWith("schedule") && loseNextAnswer.getAndSet(false)) {
                throw new StoreUnavailableException(
                    "the connection broke after the commit, before the answer");
              }
              return result;
            });
  }

  private long tasksNamed(String name) {
    return engine
        .service()
        .list(new TaskQuery(Set.of(), null, null, name, 100, null))
        .items()
        .stream()
        .filter(t -> t.name().equals(name))
        .count();
  }

  @Test
  void aRetryAfterALostAnswerGetsTheTaskTheFirstRequestCreated() {
    String body =
        "{\"name\":\"once only\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}";
    loseNextAnswer.set(true);

    ApiClient.Answer first = api.send("POST", "/api/v1/tasks", body, "Idempotency-Key", "k-1");
    ApiClient.Answer retry = api.send("POST", "/api/v1/tasks", body, "Idempotency-Key", "k-1");

    assertThat(first.status()).isEqualTo(503);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(tasksNamed("once only")).as("one task, not two").isEqualTo(1);
    assertThat(retry.header("Location")).isEqualTo("/api/v1/tasks/" + retry.text("id"));
  }

  @Test
  void aBulkRetryAfterALostAnswerGetsTheIdsTheFirstRequestCreated() {
    String body =
        "{\"tasks\":[{\"name\":\"bulk a\",\"schedule\":{\"kind\":\"once\",\"at\":\""
            + FUTURE
            + "\"}},"
            + "{\"name\":\"bulk b\",\"schedule\":{\"kind\":\"once\",\"at\":\""
            + FUTURE
            + "\"}}]}";
    loseNextAnswer.set(true);

    assertThat(api.send("POST", "/api/v1/tasks/bulk", body, "Idempotency-Key", "k-2").status())
        .isEqualTo(503);
    ApiClient.Answer retry = api.send("POST", "/api/v1/tasks/bulk", body, "Idempotency-Key", "k-2");

    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.json().path("ids").size()).isEqualTo(2);
    assertThat(tasksNamed("bulk a") + tasksNamed("bulk b")).isEqualTo(2);
  }

  @Test
  void theOriginalRouteToo() {
    String body = "{\"task_name\":\"seed once\",\"execution_time\":\"" + FUTURE + "\"}";
    loseNextAnswer.set(true);

    assertThat(api.send("POST", "/scheduleTask", body, "Idempotency-Key", "k-3").status())
        .isEqualTo(503);
    ApiClient.Answer retry = api.send("POST", "/scheduleTask", body, "Idempotency-Key", "k-3");

    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(tasksNamed("seed once")).isEqualTo(1);
  }
}
