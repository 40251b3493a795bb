package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultOutputTest {

  @Test
  void bothEnginesArePrintedSideBySideWithTheirRatio() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ResultTable.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        List.of(drain(EngineKind.TASKDECK, 3000), drain(EngineKind.QUARTZ_BASELINE, 100)));

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("taskdeck", "quartz-baseline", "ratio");
    assertThat(table).containsPattern("executions/s\\s+3,000\\s+100\\s+30.0x");
    assertThat(table).doesNotContain("first page ms");
  }

  @Test
  void recurringPrintsOccurrencesTheCreationRateAndARatioToEachPeer() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ScenarioResult> results =
        List.of(
            recurring(EngineKind.TASKDECK, 1_600),
            recurring(EngineKind.DB_SCHEDULER, 800),
            recurring(EngineKind.QUARTZ_BASELINE, 40));

    ResultTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), results);
    JsonNode json = new ObjectMapper().readTree(new ResultJson().toJson(results.get(0)));

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains(
            "ratio vs db-scheduler",
            "ratio vs quartz-baseline",
            "occurrences due",
            "created tasks/s");
    assertThat(table).containsPattern("occurrences/s\\s+1,600\\s+800\\s+40\\s+2.00x\\s+40.0x");
    assertThat(json.get("created_per_s").asDouble()).isEqualTo(50_000.0);
    assertThat(json.get("occurrences_due").asLong()).isEqualTo(288_000);
  }

  private static ScenarioResult recurring(EngineKind engine, double rate) {
    return new ResultBuilder(engine, Scenario.RECURRING, "postgresql", 100_000, 2, 10)
        .rate(rate, 180)
        .counts(0, 0, new DelayStats(1000, 50, 95, 99, 120))
        .recurring(50_000, 288_000)
        .nodeHeaps(List.of(100.0, 120.0))
        .build();
  }

  @Test
  void aRatioOverZeroIsUndefined() {
    assertThat(ResultTable.ratio(5.0, 0.0)).isEqualTo("-");
    assertThat(ResultTable.ratio(null, 2.0)).isEqualTo("-");
    assertThat(ResultTable.ratio(3.0, 2.0)).isEqualTo("1.50x");
    assertThat(ResultTable.ratio(68.0, 37183.0)).isEqualTo("0.00183x");
    assertThat(ResultTable.ratio(5000.0, 4.0)).isEqualTo("1250x");
  }

  @Test
  void jsonHasTheKeysOfTheIssue() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(new ResultJson().toJson(drain(EngineKind.TASKDECK, 3000)));

    assertThat(json.get("engine").asText()).isEqualTo("taskdeck");
    assertThat(json.get("scenario").asText()).isEqualTo("drain");
    assertThat(json.get("rate_per_s").asDouble()).isEqualTo(3000.0);
    assertThat(json.get("start_delay_ms").get("p99").asLong()).isEqualTo(99);
    assertThat(json.has("peak_heap_mb")).isTrue();
    assertThat(json.has("recovery_s")).isFalse();
    assertThat(json.fieldNames())
        .toIterable()
        .contains(
            "engine",
            "scenario",
            "db",
            "tasks",
            "nodes",
            "threads",
            "rate_per_s",
            "wall_s",
            "duplicates",
            "lost",
            "start_delay_ms",
            "peak_heap_mb");
  }

  private static ScenarioResult drain(EngineKind engine, double rate) {
    return new ResultBuilder(engine, Scenario.DRAIN, "h2", 1000, 2, 10)
        .rate(rate, 1000 / rate)
        .counts(0, 0, new DelayStats(1000, 50, 95, 99, 120))
        .nodeHeaps(List.of(100.0, 120.0))
        .build();
  }
}
