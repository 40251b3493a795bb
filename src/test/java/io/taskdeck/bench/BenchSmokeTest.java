package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.testsupport.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every scenario at a tiny size on a fresh H2, with real node processes, and checks that the
 * harness reports complete, consistent figures. It measures nothing: performance is read from the
 * harness's output, never asserted.
 */
@Tag("bench")
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class BenchSmokeTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private List<JsonNode> bench(String... args) throws Exception {
    return bench(Map.of(), args);
  }

  private List<JsonNode> bench(Map<String, String> env, String... args) throws Exception {
    Path json = dir.resolve("results.jsonl");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--json", json.toString()));
    BenchCommand command =
        new BenchCommand(
            Clock.systemUTC(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            () -> {},
            env,
            EngineKind::loadable);
    int exit = new CommandLine(command).execute(all.toArray(String[]::new));
    assertThat(exit).as("exit code; output:%n%s", output()).isZero();
    List<JsonNode> results = new ArrayList<>();
    for (String line : Files.readAllLines(json)) {
      results.add(new ObjectMapper().readTree(line));
    }
    return results;
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createStoresEveryTaskAndReportsItsRate() throws Exception {
    JsonNode r = bench("create", "--tasks", "300").get(0);

    assertThat(r.get("engine").asText()).isEqualTo("taskdeck");
    assertThat(r.get("tasks").asLong()).isEqualTo(300);
    assertThat(r.get("rate_per_s").asDouble()).isPositive();
    assertThat(r.has("notes")).as("a note means tasks were missing").isFalse();
    assertThat(output()).contains("tasks/s");
  }

  @Test
  void drainRunsEveryTaskOnceOnEveryEngineAndPrintsTheRatios() throws Exception {
    List<JsonNode> results =
        bench("drain", "--tasks", "60", "--engine", "taskdeck,quartz-baseline,db-scheduler");

    assertThat(results)
        .extracting(r -> r.get("engine").asText())
        .containsExactly("taskdeck", "quartz-baseline", "db-scheduler");
    for (JsonNode r : results) {
      assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
      assertThat(r.get("duplicates").asLong()).as(r.toString()).isZero();
      assertThat(r.get("rate_per_s").asDouble()).isPositive();
      assertThat(r.get("start_delay_ms").get("max").asLong())
          .isGreaterThanOrEqualTo(r.get("start_delay_ms").get("p50").asLong());
      assertThat(r.get("peak_heap_mb").asDouble()).isPositive();
    }
    assertThat(output()).contains("ratio vs quartz-baseline", "ratio vs db-scheduler");
    assertThat(results.get(2).get("notes").toString())
        .contains("db-scheduler 16.12.0: fetch polling");
  }

  @Test
  void dbSchedulerDrainsOnPostgresqlWithLockAndFetchPolling() throws Exception {
    String server = TestDatabases.postgresServerUrl();
    JsonNode r =
        bench("drain", "--tasks", "300", "--nodes", "2", "--engine", "db-scheduler", "--db", server)
            .get(0);

    assertThat(r.get("db").asText()).isEqualTo("postgresql");
    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(r.get("duplicates").asLong()).as(r.toString()).isZero();
    assertThat(r.get("notes").toString())
        .contains("lock-and-fetch polling (lower 1.0, upper 4.0 x threads)");
  }

  @Test
  void recurringOnDbSchedulerCountsItsFixedDelayOccurrences() throws Exception {
    JsonNode r =
        bench(
                "recurring",
                "--tasks",
                "60",
                "--seconds",
                "20",
                "--warmup",
                "2",
                "--engine",
                "db-scheduler")
            .get(0);

    assertThat(r.get("occurrences_due").asLong()).as(r.toString()).isBetween(15L, 25L);
    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(r.get("duplicates").asLong()).as(r.toString()).isZero();
    assertThat(r.get("notes").toString()).contains("fixed delay");
  }

  @Test
  void theNodesConnectWithTheUserAndThePasswordOfTheNamedVariable() throws Exception {
    // H2 creates the database with the first connection's credentials and refuses any other, so a
    // node that connected without them would fail to start and the drain would not complete.
    JsonNode r =
        bench(
                Map.of("BENCH_SECRET", "s3cret-pw"),
                "drain",
                "--tasks",
                "30",
                "--db-user",
                "bencher",
                "--db-password-env",
                "BENCH_SECRET")
            .get(0);

    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(output()).doesNotContain("s3cret-pw");
  }

  @Test
  void steadyRunsEveryFedTaskAndReportsItsStartDelays() throws Exception {
    JsonNode r = bench("steady", "--rate", "20", "--seconds", "2", "--warmup", "1").get(0);

    // the 20 warm-up tasks run but only the 40 measured ones are counted
    assertThat(r.get("tasks").asLong()).isEqualTo(40);
    assertThat(r.get("notes").toString())
        .contains("warm-up of 20 tasks, not counted: 20 ran, 0 duplicates, 0 lost");
    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(r.get("duplicates").asLong()).isZero();
    assertThat(r.get("start_delay_ms").get("p99").asLong()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void recurringCountsEachOccurrenceOfTheWindowOnceAndReportsTheCreationRate() throws Exception {
    // 60 tasks every minute, phased over it: about 20 occurrences fall in a 20 s window
    JsonNode r = bench("recurring", "--tasks", "60", "--seconds", "20", "--warmup", "2").get(0);

    assertThat(r.get("scenario").asText()).isEqualTo("recurring");
    assertThat(r.get("occurrences_due").asLong()).as(r.toString()).isBetween(15L, 25L);
    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(r.get("duplicates").asLong()).as(r.toString()).isZero();
    assertThat(r.get("start_delay_ms").get("max").asLong())
        .isGreaterThanOrEqualTo(r.get("start_delay_ms").get("p50").asLong());
    assertThat(r.get("created_per_s").asDouble()).isPositive();
    assertThat(r.get("rate_per_s").asDouble()).isPositive();
    assertThat(r.get("wall_s").asDouble()).isEqualTo(20.0);
    assertThat(output()).contains("occurrences/s", "created tasks/s");
  }

  @Test
  void crashKillsANodeAndTheClusterRecoversWithoutLosingATask() throws Exception {
    JsonNode r = bench("crash", "--tasks", "100", "--nodes", "2").get(0);

    assertThat(r.get("lost").asLong()).as(r.toString()).isZero();
    assertThat(r.get("recovery_s").asDouble()).as(r.toString()).isPositive();
    assertThat(r.get("notes").toString()).contains("killed node");
  }

  @Test
  void guiPageTimesTheFirstAndTheFilteredPage() throws Exception {
    JsonNode r = bench("gui-page", "--tasks", "200").get(0);

    assertThat(r.get("first_page_ms").asDouble()).isPositive();
    assertThat(r.get("filtered_page_ms").asDouble()).isPositive();
    assertThat(output()).contains("first page ms", "filtered page ms");
  }
}
