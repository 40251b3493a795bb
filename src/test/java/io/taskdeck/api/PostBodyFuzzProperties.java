package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.taskdeck.core.TaskService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Tag;

/**
 * Random and mutated JSON bodies on every POST/PATCH route never yield a 500, and a refused request
 * never leaves a task behind (nor a changed one).
 */
@Tag("db")
class PostBodyFuzzProperties {
  private static final List<String> VALID =
      List.of(
          "{\"task_name\":\"Backup Database\",\"execution_time\":\"2025-03-03T12:00:00Z\",\"priority\":\"10\"}",
          "{\"name\":\"n\",\"type\":\"shell\",\"payload\":{\"command\":\"true\",\"env\":{\"A\":\"b\"}},"
              + "\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Europe/Berlin\"},"
              + "\"retry\":{\"max_attempts\":3,\"initial_delay\":\"PT5S\",\"multiplier\":2.0,\"jitter\":0.1}}",
          "{\"name\":\"h\",\"type\":\"http\",\"payload\":{\"url\":\"https://example.test/x\",\"expect_status\":\"200-299\"},"
              + "\"schedule\":{\"kind\":\"interval\",\"every\":\"PT5M\",\"repeat\":3},\"misfire\":\"skip\",\"timeout\":\"PT1M\"}",
          "{\"tasks\":[{\"name\":\"a\"},{\"name\":\"b\",\"priority\":2}]}");
  private static final List<String> KEYS =
      List.of(
          "name",
          "task_name",
          "execution_time",
          "priority",
          "type",
          "payload",
          "schedule",
          "retry",
          "kind",
          "at",
          "every",
          "expression",
          "zone",
          "command",
          "url",
          "tasks",
          "max_attempts",
          "timeout",
          "misfire",
          "group",
          "headers",
          "env",
          "repeat",
          "jitter",
          "x");
  private static final List<String> TARGETS =
      List.of(
          "POST /scheduleTask",
          "POST /api/v1/tasks",
          "POST /api/v1/tasks/bulk",
          "PATCH /api/v1/tasks/{id}");

  private static InMemoryTaskService tasks;
  private static ApiServer server;
  private static ApiClient api;
  private static String existingId;

  @BeforeContainer
  static void start() {
    tasks = new InMemoryTaskService();
    server = TestServers.inMemory(ApiConfig.of("127.0.0.1", 0, Optional.empty()), tasks);
    api = new ApiClient(server.start());
    existingId = api.post("/api/v1/tasks", "{\"name\":\"existing\",\"priority\":1}").text("id");
  }

  @AfterContainer
  static void stop() {
    server.stop();
  }

  @Property(tries = 400)
  void aRandomOrMutatedBodyNeverYieldsA500NorAHalfCreatedTask(
      @ForAll("targets") String target, @ForAll("bodies") String body) {
    String before = api.get("/api/v1/tasks/" + existingId).body();
    long count = total(tasks);
    String[] parts = target.split(" ");
    ApiClient.Answer a =
        api.send(parts[0], parts[1].replace("{id}", existingId), "application/json", body);
    Statistics.collect(a.status());
    assertThat(a.status()).as(a.body()).isLessThan(500);
    assertThat(a.json().isObject()).isTrue();
    if (a.status() >= 400) {
      assertThat(a.text("error")).isNotBlank();
      assertThat(total(tasks)).as("a refused request adds no task").isEqualTo(count);
      assertThat(api.get("/api/v1/tasks/" + existingId).body())
          .as("nor changes one")
          .isEqualTo(before);
    } else if (target.endsWith("/bulk")) {
      assertThat(total(tasks)).isEqualTo(count + a.json().get("ids").size());
    } else {
      assertThat(total(tasks)).isEqualTo(target.startsWith("PATCH") ? count : count + 1);
    }
  }

  private static long total(TaskService service) {
    return service.countByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  @Provide
  Arbitrary<String> targets() {
    return Arbitraries.of(TARGETS);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, json(3)),
        net.jqwik.api.Tuple.of(4, mutated()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(VALID)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
  }

  private static Arbitrary<String> mutated() {
    Arbitrary<String> base = Arbitraries.of(VALID);
    return Combinators.combine(
            base,
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.chars(),
            Arbitraries.integers().between(0, 3))
        .as(PostBodyFuzzProperties::mutate);
  }

  private static String mutate(String body, int at, char c, int op) {
    int i = at % body.length();
    return switch (op) {
      case 0 -> body.substring(0, i) + body.substring(i + 1);
      case 1 -> body.substring(0, i) + c + body.substring(i);
      case 2 -> body.substring(0, i) + c + body.substring(Math.min(body.length(), i + 1));
      default -> body.substring(0, i);
    };
  }

  private static Arbitrary<String> json(int depth) {
    Arbitrary<String> leaf = leaf();
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> object =
        Arbitraries.maps(Arbitraries.of(KEYS), Arbitraries.lazy(() -> json(depth - 1)))
            .ofMaxSize(6)
            .map(
                m ->
                    m.entrySet().stream()
                        .map(e -> TextNode.valueOf(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
    Arbitrary<String> array =
        Arbitraries.lazy(() -> json(depth - 1))
            .list()
            .ofMaxSize(4)
            .map(l -> String.join(",", l))
            .map(s -> "[" + s + "]");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, object),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(2, leaf));
  }

  private static Arbitrary<String> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(s -> TextNode.valueOf(s).toString()),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.of(
            "true",
            "false",
            "null",
            "\"2025-03-03T12:00:00Z\"",
            "\"PT5M\"",
            "\"shell\"",
            "\"http\"",
            "\"noop\"",
            "\"cron\"",
            "\"once\"",
            "\"interval\"",
            "\"0 0 2 * * ?\"",
            "\"Europe/Berlin\"",
            "\"10\"",
            "\"-1\"",
            "\"fire_once\"",
            "\"https://example.test\"",
            "1e400"));
  }
}
