package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The API over real HTTP on a random port, on the real engine and a real database. One subclass per
 * database (H2, PostgreSQL).
 */
@Tag("db")
abstract class ApiOnDatabaseContract {
  static final String SEED_BODY =
      "{\"task_name\":\"Backup Database\",\"execution_time\":\"2025-03-03T12:00:00Z\",\"priority\":\"10\"}";
  private static final String FUTURE = "2099-01-01T00:00:00Z";

  private TestDatabase tdb;
  private Database db;
  private TaskEngine engine;
  protected PrometheusMeterRegistry registry;
  private ApiServer server;
  protected ApiClient api;

  /** A fresh database of the subclass's kind. */
  abstract TestDatabase database();

  @BeforeEach
  void startEngineAndServer() {
    tdb = database();
    db = tdb.open();
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    EngineConfig cfg =
        EngineConfig.builder()
            .nodeId("api-test")
            .workerThreads(4)
            .misfireThreshold(Duration.ofSeconds(5))
            .shutdownGrace(Duration.ofSeconds(2))
            .checkinInterval(Duration.ofSeconds(1))
            .build();
    engine = new TaskEngine(db, cfg, registry);
    engine.start();
    server =
        new ApiServer(
            ApiConfig.of("127.0.0.1", 0, Optional.empty()),
            engine.service(),
            engine.deadLetters(),
            engine.calendars(),
            engine.definitions(),
            new IdempotencyRepository(new Jdbc(db.dataSource()), java.time.Clock.systemUTC()),
            io.taskdeck.testsupport.TestTokens.on(db),
            engine.audit(),
            registry,
            () -> new HealthProbe.Report(Optional.empty(), engine.service().info().state()));
    api = new ApiClient(server.start());
  }

  @AfterEach
  void stopAll() {
    server.stop();
    engine.close();
    db.close();
    tdb.close();
  }

  private String seedStatus(String id) {
    return api.get("/taskStatus/" + id).text("status");
  }

  @Test
  void concurrentPatchesWithTheSameIfMatchChangeTheTaskOnlyOnce() throws Exception {
    String id =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"contended\",\"schedule\":{\"kind\":\"once\",\"at\":\""
                    + FUTURE
                    + "\"}}")
            .text("id");
    String path = "/api/v1/tasks/" + id;
    String tag = api.get(path).header("ETag");
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String body = "{\"description\":\"writer " + i + "\"}";
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return api.send("PATCH", path, body, "If-Match", tag).status();
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (var a : answers) {
        statuses.add(a.get());
      }
      assertThat(statuses)
          .as("one writer wins, every other gets 412")
          .containsOnly(200, 412)
          .filteredOn(s -> s == 200)
          .hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    long before = Long.parseLong(tag.replace("\"", ""));
    assertThat(Long.parseLong(api.get(path).header("ETag").replace("\"", "")))
        .isEqualTo(before + 1);
  }

  @Test
  void stopKillsTheRunningAttemptWhichSettlesStopped() {
    String id =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"sleeper\",\"type\":\"shell\",\"payload\":{\"command\":"
                    + "\"echo started; sleep 60\"},\"retry\":{\"max_attempts\":3}}")
            .text("id");
    String path = "/api/v1/tasks/" + id;
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "RUNNING".equals(api.get(path).text("status")));

    ApiClient.Answer stopped = api.post(path + "/stop");

    assertThat(stopped.status()).as(stopped.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "COMPLETED".equals(api.get(path).text("status")));
    JsonNode run = api.get(path + "/executions").json().path("items").get(0);
    assertThat(run.path("status").asText()).isEqualTo("STOPPED");
    assertThat(api.get(path + "/executions").json().path("items").size())
        .as("not retried")
        .isEqualTo(1);
    ApiClient.Answer again = api.post(path + "/stop");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aYamlFileIsPlannedByADryRunThenAppliedAndExportedAsYaml() {
    String file =
        "version: 1\ntasks:\n- name: nightly\n  group: ops\n  schedule:\n    kind: cron\n"
            + "    expression: 0 0 2 * * ?\n    zone: Europe/Berlin\n";

    ApiClient.Answer plan =
        api.send("POST", "/api/v1/apply?dry_run=true", "application/yaml", file);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("applied").asBoolean()).isFalse();
    assertThat(plan.json().path("changes").get(0).path("text").asText())
        .isEqualTo("create task ops/nightly");
    assertThat(api.get("/api/v1/tasks").json().path("items")).isEmpty();

    assertThat(
            api.send("POST", "/api/v1/apply", "application/yaml", file)
                .json()
                .path("summary")
                .asText())
        .isEqualTo("1 created, 0 updated, 0 cancelled, 0 unchanged");
    ApiClient.Answer exported =
        api.getWithHeader("/api/v1/export?group=ops", "Accept", "application/yaml");
    assertThat(exported.contentType()).startsWith("application/yaml");
    assertThat(exported.body())
        .startsWith("version: 1\n")
        .contains("- name: nightly\n  group: ops\n");
    assertThat(
            api.send("POST", "/api/v1/apply", "application/yaml", exported.body())
                .json()
                .path("summary")
                .asText())
        .isEqualTo("0 created, 0 updated, 0 cancelled, 1 unchanged");
  }

  @Test
  void aBadFileIsOneProblemListingEveryErrorWithLineAndColumnAndNothingIsApplied() {
    String file =
        "{\"version\": 1,\n \"tasks\": [\n  {\"name\": \"ok\"},\n  {\"name\": \"x\", \"timeout\": \"soon\"},\n"
            + "  {\"name\": \"ok\"}]}";

    ApiClient.Answer answer = api.send("POST", "/api/v1/apply", "application/json", file);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().path("field").asText()).isEqualTo("tasks[1].timeout");
    assertThat(answer.json().path("errors")).hasSize(2);
    assertThat(answer.json().path("errors").get(0).path("field").asText())
        .isEqualTo("tasks[1].timeout");
    assertThat(answer.json().path("errors").get(0).path("line").asInt()).isEqualTo(4);
    assertThat(answer.json().path("errors").get(1).path("field").asText())
        .isEqualTo("tasks[2].name");
    assertThat(answer.json().path("errors").get(1).path("line").asInt()).isEqualTo(5);
    assertThat(api.get("/api/v1/tasks").json().path("items")).isEmpty();
  }

  @Test
  void theSeedBodyRunsToCompletionThroughTheCompatibilityRoutes() {
    ApiClient.Answer created = api.post("/scheduleTask", SEED_BODY);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.text("status")).isEqualTo("Scheduled");
    String id = created.text("task_id");
    await().atMost(Duration.ofSeconds(30)).until(() -> "Completed".equals(seedStatus(id)));
    ApiClient.Answer status = api.get("/taskStatus/" + id);
    assertThat(status.text("task_id")).isEqualTo(id);
    assertThat(status.json().has("execution_time")).isTrue();
  }

  @Test
  void aFutureTaskIsPendingUntilCancelledThroughTheCompatibilityRoutes() {
    String body = "{\"task_name\":\"Later\",\"execution_time\":\"" + FUTURE + "\",\"priority\":3}";
    String id = api.post("/scheduleTask", body).text("task_id");
    ApiClient.Answer status = api.get("/taskStatus/" + id);
    assertThat(status.text("status")).isEqualTo("Pending");
    assertThat(status.text("execution_time")).isEqualTo(FUTURE);
    ApiClient.Answer cancelled = api.delete("/cancelTask/" + id);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("Cancelled");
    assertThat(seedStatus(id)).isEqualTo("Cancelled");
  }

  @Test
  void aTaskGoesThroughItsWholeLifeThroughV1() {
    String body =
        "{\"name\":\"Nightly\",\"group\":\"ops\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Europe/Berlin\"}}";
    ApiClient.Answer created = api.post("/api/v1/tasks", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.text("id");
    String path = "/api/v1/tasks/" + id;
    assertThat(created.text("status")).isEqualTo("SCHEDULED");
    assertThat(created.json().path("next_run").asText()).isNotBlank();

    ApiClient.Answer renamed = api.patch(path, "{\"name\":\"Nightly dump\",\"priority\":9}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.text("name")).isEqualTo("Nightly dump");
    assertThat(renamed.json().path("schedule").path("zone").asText()).isEqualTo("Europe/Berlin");
    ApiClient.Answer moved =
        api.patch(path, "{\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}");
    assertThat(moved.json().path("next_run").asText()).isEqualTo(FUTURE);

    assertThat(api.post(path + "/pause").text("status")).isEqualTo("PAUSED");
    assertThat(api.post(path + "/resume").text("status")).isEqualTo("SCHEDULED");
    assertThat(api.post(path + "/run").status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get(path + "/executions").json().path("items").size() > 0);
    JsonNode run = api.get(path + "/executions").json().path("items").get(0);
    assertThat(run.path("task_id").asText()).isEqualTo(id);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "SUCCESS"
                    .equals(
                        api.get("/api/v1/executions?task_id=" + id)
                            .json()
                            .path("items")
                            .get(0)
                            .path("status")
                            .asText()));

    ApiClient.Answer listed = api.get("/api/v1/tasks?group=ops&q=nightly&limit=10");
    assertThat(listed.json().path("items").get(0).path("id").asText()).isEqualTo(id);
    assertThat(api.delete(path).text("status")).isEqualTo("CANCELLED");
    assertThat(api.post(path + "/resume").status()).isEqualTo(409);
  }

  @Test
  void aCalendarInUseCannotBeDeletedUntilItsTasksAreCancelled() {
    ApiClient.Answer cal =
        api.post(
            "/api/v1/calendars",
            "{\"name\":\"weekends\",\"kind\":\"weekly\",\"excluded_days\":[\"SATURDAY\",\"SUNDAY\"],\"zone\":\"UTC\"}");
    assertThat(cal.status()).as(cal.body()).isEqualTo(201);
    String id =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"weekday job\",\"calendar\":\"weekends\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"UTC\"}}")
            .text("id");
    assertThat(api.get("/api/v1/tasks/" + id).text("calendar")).isEqualTo("weekends");
    assertThat(api.delete("/api/v1/calendars/weekends").status()).isEqualTo(409);
    api.delete("/api/v1/tasks/" + id);
    assertThat(api.delete("/api/v1/calendars/weekends").status()).isEqualTo(200);
    ApiClient.Answer unknown = api.post("/api/v1/tasks", "{\"name\":\"x\",\"calendar\":\"nope\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("field")).isEqualTo("calendar");
  }

  @Test
  void aTaskThatExhaustsItsAttemptsBecomesADeadLetterThatCanBeRequeued() {
    String body =
        "{\"name\":\"always fails\",\"type\":\"shell\",\"payload\":{\"command\":\"exit 3\"},\"retry\":{\"max_attempts\":1}}";
    String id = api.post("/api/v1/tasks", body).text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "FAILED".equals(api.get("/api/v1/tasks/" + id).text("status")));
    JsonNode letter = api.get("/api/v1/dead-letters").json().path("items").get(0);
    assertThat(letter.path("task_id").asText()).isEqualTo(id);
    ApiClient.Answer farAway =
        api.post(
            "/api/v1/dead-letters/"
                + letter.path("id").asLong()
                + "/requeue?at=%2B999999999-12-31T23:59:59Z");
    assertThat(farAway.status()).as("refused before anything is written").isEqualTo(400);
    assertThat(farAway.text("field")).isEqualTo("at");
    assertThat(api.get("/api/v1/dead-letters").json().path("items").size())
        .as("the dead letter stays")
        .isEqualTo(1);
    assertThat(api.get("/api/v1/tasks/" + id).text("status")).isEqualTo("FAILED");
    // Requeued for later, so the task (which fails again) cannot dead-letter before the checks.
    ApiClient.Answer requeued =
        api.post("/api/v1/dead-letters/" + letter.path("id").asLong() + "/requeue?at=" + FUTURE);
    assertThat(requeued.status()).as(requeued.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/dead-letters").json().path("items").size()).isZero();
    assertThat(api.get("/api/v1/tasks/" + id).text("status")).isEqualTo("SCHEDULED");
    assertThat(api.get("/api/v1/tasks/" + id).text("next_run")).isEqualTo(FUTURE);
    assertThat(api.post("/api/v1/dead-letters/" + letter.path("id").asLong() + "/requeue").status())
        .isEqualTo(404);
    ApiClient.Answer badTime =
        api.post("/api/v1/dead-letters/" + letter.path("id").asLong() + "/requeue?at=tomorrow");
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.text("field")).isEqualTo("at");
  }

  @Test
  void theClusterViewListsThisNode() {
    JsonNode nodes = api.get("/api/v1/cluster/nodes").json().path("items");
    assertThat(nodes.size()).isGreaterThanOrEqualTo(1);
    assertThat(nodes.findValuesAsText("node_id")).contains("api-test");
    assertThat(nodes.get(0).path("mode").asText()).isIn("executing", "manage-only");
  }

  @Test
  void listsPageWithACursor() {
    for (int i = 0; i < 5; i++) {
      api.post(
          "/api/v1/tasks",
          "{\"name\":\"p" + i + "\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}");
    }
    JsonNode first = api.get("/api/v1/tasks?limit=3").json();
    assertThat(first.path("items").size()).isEqualTo(3);
    String cursor = first.path("next_cursor").asText();
    JsonNode second =
        api.get(
                "/api/v1/tasks?limit=3&cursor="
                    + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8))
            .json();
    assertThat(second.path("items").size()).isEqualTo(2);
    assertThat(second.path("next_cursor").isNull()).isTrue();
  }

  @Test
  void theEnginesRefusalsAreAnsweredWithTheirStatusAndField() {
    ApiClient.Answer cron =
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"c\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 25 * * ?\",\"zone\":\"UTC\"}}");
    assertThat(cron.status()).isEqualTo(400);
    assertThat(cron.text("field")).isEqualTo("schedule.expression");
    assertThat(cron.text("error")).contains("0 0 25 * * ?");
    assertThat(api.get("/api/v1/tasks/00000000-0000-4000-8000-000000000000").status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/tasks/nope").status()).isEqualTo(404);
    ApiClient.Answer badBulk =
        api.post("/api/v1/tasks/bulk", "{\"tasks\":[{\"name\":\"ok\"},{\"name\":\"\"}]}");
    assertThat(badBulk.status()).isEqualTo(400);
    assertThat(badBulk.text("field")).isEqualTo("tasks[1].name");
    assertThat(api.get("/api/v1/tasks").json().path("items").size()).isZero();
  }

  @Test
  void tenThousandTasksAreCreatedInOneCall() {
    StringBuilder body = new StringBuilder("{\"tasks\":[");
    for (int i = 0; i < 10_000; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"name\":\"bulk-")
          .append(i)
          .append("\",\"schedule\":{\"kind\":\"once\",\"at\":\"")
          .append(FUTURE)
          .append("\"}}");
    }
    body.append("]}");
    long start = System.nanoTime();
    ApiClient.Answer a =
        api.withTimeout(Duration.ofMinutes(10)).post("/api/v1/tasks/bulk", body.toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().path("ids").size()).isEqualTo(10_000);
    System.out.printf(
        "Bulk create on %s: 10000 tasks in %.2f s = %.0f tasks/s%n",
        tdb, seconds, 10_000 / seconds);
    assertThat(
            api.get("/api/v1/tasks?q=bulk-9999").json().path("items").get(0).path("name").asText())
        .isEqualTo("bulk-9999");
  }

  @Test
  void metricsAreExposedAndMoveAfterRuns() {
    String before = api.get("/metrics").body();
    assertThat(before)
        .contains(
            "taskdeck_tasks_scheduled_total",
            "taskdeck_tasks{status=\"SCHEDULED\"}",
            "taskdeck_misfires_total",
            "taskdeck_retries_total",
            "taskdeck_dead_letters ",
            "taskdeck_start_delay_seconds",
            "taskdeck_cluster_nodes ");
    assertThat(value(before, "taskdeck_cluster_nodes")).isEqualTo(1.0);
    api.post("/scheduleTask", "{\"task_name\":\"m\"}");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> value(api.get("/metrics").body(), "taskdeck_executions_total") > 0);
    String after = api.get("/metrics").body();
    assertThat(value(after, "taskdeck_tasks_scheduled_total"))
        .isGreaterThan(value(before, "taskdeck_tasks_scheduled_total"));
    assertThat(value(after, "taskdeck_execution_duration_seconds_count")).isPositive();
    assertThat(value(after, "taskdeck_start_delay_seconds_count")).isPositive();
  }

  @Test
  void everyTaskdeckMetricHasHelpTextAndPromtoolAcceptsOurNames() throws Exception {
    api.post("/scheduleTask", "{\"task_name\":\"m\"}");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> value(api.get("/metrics").body(), "taskdeck_executions_total") > 0);
    String scrape = api.get("/metrics").body();
    java.util.Set<String> families = new java.util.TreeSet<>();
    scrape
        .lines()
        .filter(l -> l.startsWith("# TYPE taskdeck_"))
        .forEach(l -> families.add(l.split(" ")[2]));
    assertThat(families)
        .contains("taskdeck_executions_total", "taskdeck_http_server_requests_seconds");
    for (String family : families) {
      assertThat(
              scrape
                  .lines()
                  .filter(l -> l.startsWith("# HELP " + family + " "))
                  .map(l -> l.substring(("# HELP " + family).length()).trim()))
          .as(family + " has help text")
          .singleElement()
          .asString()
          .isNotBlank();
    }
    java.util.Optional<java.nio.file.Path> promtool =
        java.util.stream.Stream.of(System.getenv("PATH").split(":"))
            .map(d -> java.nio.file.Path.of(d, "promtool"))
            .filter(java.nio.file.Files::isExecutable)
            .findFirst();
    if (promtool.isEmpty()) {
      assertThat(System.getenv("CI")).as("promtool is installed by .ci/run").isNotEqualTo("true");
      org.junit.jupiter.api.Assumptions.abort(
          "promtool is not installed (apt-get install prometheus)");
    }
    Process p =
        new ProcessBuilder(promtool.get().toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (java.io.OutputStream in = p.getOutputStream()) {
      in.write(scrape.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    String verdict =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(verdict.lines().filter(l -> l.contains("taskdeck_"))).as(verdict).isEmpty();
  }

  private static double value(String scrape, String name) {
    return scrape
        .lines()
        .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void aShellTaskSeesOnlyTheAllowedServerVariablesAndItsOwn() {
    // Surefire starts this JVM with TASKDECK_TEST_RUN=1: a task must never see a TASKDECK_*
    // variable.
    assertThat(System.getenv("TASKDECK_TEST_RUN")).as("set by surefire").isNotNull();
    String body =
        "{\"name\":\"env\",\"type\":\"shell\",\"payload\":{\"command\":\"env\",\"env\":{\"MINE\":\"yes\"}}}";
    String id = api.post("/api/v1/tasks", body).text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "COMPLETED".equals(api.get("/api/v1/tasks/" + id).text("status")));
    String output =
        api.get("/api/v1/tasks/" + id + "/executions")
            .json()
            .path("items")
            .get(0)
            .path("output")
            .asText();
    assertThat(output).contains("MINE=yes", "PATH=").doesNotContain("TASKDECK_");
    java.util.Set<String> names =
        output
            .lines()
            .filter(l -> l.contains("="))
            .map(l -> l.substring(0, l.indexOf('=')))
            .collect(java.util.stream.Collectors.toSet());
    assertThat(names)
        .allMatch(
            n ->
                n.equals("MINE")
                    || n.equals("PWD")
                    || n.equals("SHLVL")
                    || n.equals("_")
                    || io.taskdeck.engine.TaskEnvironment.DEFAULT_ALLOWED.contains(n)
                    || n.startsWith("LC_"),
            "only allowed names");
  }

  @Test
  void theDefectsOfIssue17AreRefusedAs400NamingTheField() {
    String far = "+999999999-12-31T23:59:59Z";
    assertRefused(
        api.post(
            "/api/v1/tasks", "{\"name\":\"d\",\"description\":\"" + "d".repeat(1_000_001) + "\"}"),
        400,
        "description");
    assertRefused(
        api.post(
            "/api/v1/tasks", "{\"name\":\"d\",\"description\":\"" + "d".repeat(10_001) + "\"}"),
        400,
        "description");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"c\",\"type\":\"shell\",\"payload\":{\"command\":\""
                + "x".repeat(70_000)
                + "\"}}"),
        400,
        "payload.command");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"c\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?"
                + " ".repeat(120)
                + "\"}}"),
        400,
        "schedule.expression");
    assertRefused(
        api.post("/scheduleTask", "{\"task_name\":\"nul\\u0000byte\"}"), 400, "task_name");
    assertRefused(api.post("/api/v1/tasks", "{\"name\":\"lone \\ud800 surrogate\"}"), 400, "name");
    assertRefused(api.get("/api/v1/tasks?q=a%00b"), 400, "q");
    assertRefused(
        api.post("/scheduleTask", "{\"task_name\":\"far\",\"execution_time\":\"" + far + "\"}"),
        400,
        "execution_time");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"far\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + far + "\"}}"),
        400,
        "schedule.at");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"early\",\"schedule\":{\"kind\":\"once\",\"at\":\"-999999999-01-01T00:00:00Z\"}}"),
        400,
        "schedule.at");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"far\",\"schedule\":{\"kind\":\"interval\",\"every\":\"PT1M\",\"start_at\":\""
                + far
                + "\"}}"),
        400,
        "schedule.start_at");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"far\",\"schedule\":{\"kind\":\"interval\",\"every\":\"PT1M\",\"end_at\":\""
                + far
                + "\"}}"),
        400,
        "schedule.end_at");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"year\",\"schedule\":{\"kind\":\"once\",\"at\":\"+300000-01-01T00:00:00Z\"}}"),
        400,
        "schedule.at");
    assertRefused(
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"fast\",\"schedule\":{\"kind\":\"interval\",\"every\":\"PT0.001S\"}}"),
        400,
        "schedule.every");
    assertRefused(
        api.post("/api/v1/tasks", "{\"name\":\"p\",\"priority\":\"5\"}"), 400, "priority");
    String id =
        api.post(
                "/api/v1/tasks",
                "{\"name\":\"later\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}")
            .text("id");
    assertRefused(
        api.patch(
            "/api/v1/tasks/" + id, "{\"schedule\":{\"kind\":\"once\",\"at\":\"" + far + "\"}}"),
        400,
        "schedule.at");
    assertRefused(
        api.get(
            "/api/v1/executions?from="
                + java.net.URLEncoder.encode(far, java.nio.charset.StandardCharsets.UTF_8)),
        400,
        "from");
    assertThat(api.get("/api/v1/tasks").json().path("items").size())
        .as("only the one valid task")
        .isEqualTo(1);
    assertThat(api.get("/api/v1/tasks/" + id).text("next_run")).isEqualTo(FUTURE);
  }

  @Test
  void namesAreCountedInCharactersOnEveryDatabase() {
    String emoji = "\uD83D\uDE00";
    ApiClient.Answer ok =
        api.post(
            "/api/v1/tasks",
            "{\"name\":\""
                + emoji.repeat(255)
                + "\",\"group\":\""
                + emoji.repeat(255)
                + "\",\"schedule\":{\"kind\":\"once\",\"at\":\""
                + FUTURE
                + "\"}}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(api.get("/api/v1/tasks/" + ok.text("id")).text("name")).isEqualTo(emoji.repeat(255));
    assertRefused(
        api.post("/api/v1/tasks", "{\"name\":\"" + emoji.repeat(256) + "\"}"), 400, "name");
    ApiClient.Answer cal =
        api.post(
            "/api/v1/calendars",
            "{\"name\":\""
                + emoji.repeat(200)
                + "\",\"kind\":\"weekly\",\"excluded_days\":[\"SUNDAY\"]}");
    assertThat(cal.status()).as(cal.body()).isEqualTo(201);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() {
    String body =
        "{\"name\":\"once only\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}";
    ApiClient.Answer first = api.send("POST", "/api/v1/tasks", body, "Idempotency-Key", "k-123");
    ApiClient.Answer again = api.send("POST", "/api/v1/tasks", body, "Idempotency-Key", "k-123");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text("id")).isEqualTo(first.text("id"));
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    ApiClient.Answer other =
        api.send(
            "POST",
            "/api/v1/tasks",
            body.replace("once only", "other"),
            "Idempotency-Key",
            "k-123");
    assertRefused(other, 422, "Idempotency-Key");
    String seed = "{\"task_name\":\"seed\",\"execution_time\":\"" + FUTURE + "\"}";
    String seedId =
        api.send("POST", "/scheduleTask", seed, "Idempotency-Key", "k-123").text("task_id");
    assertThat(api.send("POST", "/scheduleTask", seed, "Idempotency-Key", "k-123").text("task_id"))
        .isEqualTo(seedId);
    String bulk =
        "{\"tasks\":[{\"name\":\"b1\",\"schedule\":{\"kind\":\"once\",\"at\":\""
            + FUTURE
            + "\"}}]}";
    String ids =
        api.send("POST", "/api/v1/tasks/bulk", bulk, "Idempotency-Key", "bulk-1")
            .json()
            .path("ids")
            .toString();
    assertThat(
            api.send("POST", "/api/v1/tasks/bulk", bulk, "Idempotency-Key", "bulk-1")
                .json()
                .path("ids")
                .toString())
        .isEqualTo(ids);
    ApiClient.Answer refused =
        api.send("POST", "/api/v1/tasks", "{\"name\":\"\"}", "Idempotency-Key", "bad-1");
    assertRefused(refused, 400, "name");
    assertThat(
            api.send(
                    "POST",
                    "/api/v1/tasks",
                    body.replace("once only", "fixed"),
                    "Idempotency-Key",
                    "bad-1")
                .status())
        .as("a refused request does not keep its key")
        .isEqualTo(201);
    assertThat(api.get("/api/v1/tasks").json().path("items").size()).isEqualTo(4);
  }

  @Test
  void aTaskCarriesItsRevisionAsETagAndAStaleIfMatchChangesNothing() {
    ApiClient.Answer created =
        api.post(
            "/api/v1/tasks",
            "{\"name\":\"tagged\",\"schedule\":{\"kind\":\"once\",\"at\":\"" + FUTURE + "\"}}");
    String path = "/api/v1/tasks/" + created.text("id");
    String tag = api.get(path).header("ETag");
    assertThat(tag).isEqualTo(created.header("ETag")).matches("\"\\d+\"");
    String later = "{\"schedule\":{\"kind\":\"once\",\"at\":\"2098-01-01T00:00:00Z\"}}";
    ApiClient.Answer moved = api.send("PATCH", path, later, "If-Match", tag);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.header("ETag")).isNotEqualTo(tag);
    ApiClient.Answer stale =
        api.send(
            "PATCH",
            path,
            "{\"schedule\":{\"kind\":\"once\",\"at\":\"2097-01-01T00:00:00Z\"}}",
            "If-Match",
            tag);
    assertRefused(stale, 412, "If-Match");
    assertThat(api.get(path).text("next_run")).isEqualTo("2098-01-01T00:00:00Z");
    assertThat(api.send("PATCH", path, "{\"priority\":7}", "If-Match", "*").status())
        .isEqualTo(200);
  }

  @Test
  void aCalendarNameIsCreatedOnceAndReplacedWithPutAndIfMatch() {
    String weekly = "{\"name\":\"wk\",\"kind\":\"weekly\",\"excluded_days\":[\"SUNDAY\"]}";
    ApiClient.Answer created = api.post("/api/v1/calendars", weekly);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertRefused(api.post("/api/v1/calendars", weekly.replace("SUNDAY", "MONDAY")), 409, null);
    assertThat(api.get("/api/v1/calendars/wk").json().path("excluded_days").toString())
        .isEqualTo("[\"SUNDAY\"]");
    String tag = api.get("/api/v1/calendars/wk").header("ETag");
    ApiClient.Answer replaced =
        api.send(
            "PUT",
            "/api/v1/calendars/wk",
            "{\"kind\":\"weekly\",\"excluded_days\":[\"MONDAY\"]}",
            "If-Match",
            tag);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertRefused(
        api.send(
            "PUT",
            "/api/v1/calendars/wk",
            "{\"kind\":\"weekly\",\"excluded_days\":[\"TUESDAY\"]}",
            "If-Match",
            tag),
        412,
        "If-Match");
    assertThat(api.get("/api/v1/calendars/wk").json().path("excluded_days").toString())
        .isEqualTo("[\"MONDAY\"]");
  }

  @Test
  void httpRequestsAreCountedByRouteAndStatus() {
    api.get("/api/v1/tasks/00000000-0000-4000-8000-000000000000");
    api.get("/api/v1/tasks");
    String scrape = api.get("/metrics").body();
    assertThat(scrape)
        .contains(
            "taskdeck_http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/tasks/{id}\",status=\"404\"} 1",
            "taskdeck_http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/tasks\",status=\"200\"} 1");
  }

  static void assertRefused(ApiClient.Answer a, int status, String field) {
    assertThat(a.status())
        .as(a.body().length() > 300 ? a.body().substring(0, 300) : a.body())
        .isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.text("field")).isEqualTo(field);
    assertThat(a.text("error"))
        .doesNotContainIgnoringCase("insert")
        .doesNotContainIgnoringCase("select")
        .doesNotContain("QRTZ_")
        .doesNotContain("SQL");
  }
}
