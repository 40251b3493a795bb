package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.TaskInput;
import io.taskdeck.core.json.Wire;
import io.taskdeck.core.json.WireReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskJsonReadingTest {
  private static final ObjectMapper JSON = Wire.newMapper();
  private static final WireReader WIRE = new WireReader(JSON);

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static TaskSpec create(JsonNode node, String prefix) {
    return TaskInput.create(node, prefix, WIRE);
  }

  private static TaskSpec compat(JsonNode node) {
    return ScheduleTaskInput.read(node, WIRE);
  }

  private static void assertRejected(Runnable read, String field) {
    assertThatThrownBy(read::run)
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void theDesignExampleReadsIntoAFullSpec() throws Exception {
    TaskSpec spec =
        create(
            json(
                """
                { "name": "Backup Database", "group": "ops", "description": "nightly dump",
                  "type": "shell",
                  "payload": {"command": "pg_dump shop", "working_dir": "/tmp", "env": {"PGHOST": "db"}},
                  "schedule": {"kind": "once", "at": "2026-03-03T12:00:00Z"},
                  "priority": 5,
                  "retry": {"max_attempts": 3, "initial_delay": "PT5S", "multiplier": 2.0, "max_delay": "PT1H", "jitter": 0.0},
                  "misfire": "fire_now", "calendar": "holidays", "timeout": "PT1H" }
                """),
            "");
    assertThat(spec.name()).isEqualTo("Backup Database");
    assertThat(spec.payload())
        .isEqualTo(new ShellPayload("pg_dump shop", "/tmp", java.util.Map.of("PGHOST", "db")));
    assertThat(spec.schedule()).isEqualTo(new Schedule.Once(Instant.parse("2026-03-03T12:00:00Z")));
    assertThat(spec.calendar()).isEqualTo("holidays");
    assertThat(spec.misfire()).isEqualTo(MisfirePolicy.FIRE_NOW);
    assertThat(spec.timeout()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void intervalAndCronSchedulesRead() throws Exception {
    TaskSpec interval =
        create(
            json(
                "{\"name\":\"a\",\"schedule\":{\"kind\":\"interval\",\"every\":\"PT5M\",\"repeat\":3}}"),
            "");
    assertThat(interval.schedule())
        .isEqualTo(new Schedule.Interval(Duration.ofMinutes(5), null, null, 3));
    TaskSpec cron =
        create(
            json(
                "{\"name\":\"a\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Europe/Berlin\"}}"),
            "");
    assertThat(cron.schedule())
        .isEqualTo(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")));
  }

  @Test
  void anHttpPayloadReadsItsStatusRange() throws Exception {
    TaskSpec spec =
        create(
            json(
                "{\"name\":\"a\",\"type\":\"http\",\"payload\":{\"url\":\"https://x.test\",\"expect_status\":204}}"),
            "");
    assertThat(((HttpPayload) spec.payload()).expectStatus().toString()).isEqualTo("204");
  }

  @Test
  void theSeedBodyReadsWithAPriorityGivenAsAString() throws Exception {
    TaskSpec spec =
        compat(
            json(
                "{\"task_name\":\"Backup Database\",\"execution_time\":\"2025-03-03T12:00:00Z\",\"priority\":\"10\"}"));
    assertThat(spec.name()).isEqualTo("Backup Database");
    assertThat(spec.priority()).isEqualTo(10);
    assertThat(spec.schedule()).isEqualTo(new Schedule.Once(Instant.parse("2025-03-03T12:00:00Z")));
  }

  @Test
  void aMissingExecutionTimeMeansNow() throws Exception {
    assertThat(compat(json("{\"task_name\":\"a\",\"priority\":3}")).schedule())
        .isEqualTo(Schedule.Once.now());
  }

  @Test
  void rejectionsNameTheFieldWithItsPathAndIndex() {
    assertRejected(
        () -> create(json("{\"name\":\"a\",\"priority\":1.5}"), "tasks[3]."), "tasks[3].priority");
    assertRejected(
        () -> create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"weekly\"}}"), ""),
        "schedule.kind");
    assertRejected(
        () ->
            new io.taskdeck.core.TaskValidator(e -> java.util.Optional.empty())
                .validate(
                    create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"interval\"}}"), "")),
        "schedule.every");
    assertRejected(() -> create(json("{\"name\":\"a\",\"timeout\":\"1h\"}"), ""), "timeout");
    assertRejected(() -> create(json("{\"name\":\"a\",\"type\":\"ftp\"}"), ""), "type");
    assertRejected(() -> create(json("{\"name\":\"a\",\"misfire\":\"later\"}"), ""), "misfire");
    assertRejected(
        () ->
            create(json("{\"name\":\"a\",\"type\":\"shell\",\"payload\":{\"env\":{\"A\":1}}}"), ""),
        "payload.env.A");
    assertRejected(
        () -> create(json("{\"name\":\"a\",\"payload\":{\"command\":\"ls\"}}"), ""), "type");
    assertRejected(() -> create(json("[1,2]"), "tasks[0]."), "tasks[0]");
    assertRejected(
        () -> compat(json("{\"task_name\":\"a\",\"execution_time\":\"2025-03-03T12:00:00\"}")),
        "execution_time");
  }

  @Test
  void aPatchReplacesOnlyTheFieldsGiven() throws Exception {
    TaskSpec existing =
        TaskSpec.builder()
            .name("old")
            .group("ops")
            .priority(7)
            .payload(ShellPayload.of("ls"))
            .build();
    TaskSpec merged =
        TaskInput.merge(existing, json("{\"name\":\"new\",\"retry\":{\"max_attempts\":5}}"), WIRE);
    assertThat(merged.name()).isEqualTo("new");
    assertThat(merged.group()).isEqualTo("ops");
    assertThat(merged.priority()).isEqualTo(7);
    assertThat(merged.payload()).isEqualTo(ShellPayload.of("ls"));
    assertThat(merged.retry().maxAttempts()).isEqualTo(5);
    assertThat(merged.retry().initialDelay()).isEqualTo(existing.retry().initialDelay());
  }

  @Test
  void theMessagesNameThePathAndSayWhatWasExpected() {
    assertMessage(
        () -> create(json("{\"name\":12}"), ""), "name", "name must be a string, got number 12");
    assertMessage(
        () -> create(json("{\"name\":\"a\",\"priority\":\"5\"}"), "tasks[3]."),
        "tasks[3].priority",
        "tasks[3].priority must be an integer, got string \"5\"");
    assertMessage(
        () ->
            create(
                json(
                    "{\"name\":\"a\",\"type\":\"http\",\"payload\":{\"url\":\"https://x.test\",\"cmd\":1}}"),
                "tasks[3]."),
        "tasks[3].payload.cmd",
        "unknown field 'tasks[3].payload.cmd'");
    assertMessage(
        () -> create(json("{\"name\":\"a\",\"timeout\":\"1h\"}"), ""),
        "timeout",
        "timeout must be an ISO-8601 duration such as PT5M; got '1h'");
    assertMessage(
        () -> create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"weekly\"}}"), ""),
        "schedule.kind",
        "unknown schedule kind 'weekly' (expected once, interval or cron)");
    assertMessage(
        () -> create(json("{\"name\":\"a\",\"schedule\":{\"at\":\"2026-01-01T00:00:00Z\"}}"), ""),
        "schedule.kind",
        "schedule.kind is required");
    assertMessage(
        () ->
            create(
                json(
                    "{\"name\":\"a\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Mars/Olympus\"}}"),
                ""),
        "schedule.zone",
        "unknown time zone 'Mars/Olympus' (expected an IANA name such as Europe/Berlin)");
    assertMessage(
        () -> create(json("{\"name\":\"a\",\"priority\":99999999999}"), ""),
        "priority",
        "priority is out of range, got number 99999999999");
  }

  @Test
  void theStoredAndTheAnsweredPayloadShareTheWireShape() throws Exception {
    TaskSpec spec =
        create(
            json(
                "{\"name\":\"a\",\"type\":\"shell\",\"payload\":{\"command\":\"ls\",\"env\":{\"PGPASS\":\"x\"},\"secret_env\":[\"PGPASS\"]}}"),
            "");
    ShellPayload shell = (ShellPayload) spec.payload();
    assertThat(shell.secretEnv()).containsExactly("PGPASS");
    assertThat(shell.maskedEnv()).containsEntry("PGPASS", "****");
    String stored = new io.taskdeck.store.PayloadCodec().write(shell);
    assertThat(JSON.readTree(stored))
        .isEqualTo(
            json("{\"command\":\"ls\",\"env\":{\"PGPASS\":\"x\"},\"secret_env\":[\"PGPASS\"]}"));
    assertThat(new io.taskdeck.store.PayloadCodec().read(io.taskdeck.core.TaskType.SHELL, stored))
        .isEqualTo(shell);
  }

  private static void assertMessage(Runnable read, String field, String message) {
    assertThatThrownBy(read::run)
        .isInstanceOf(ValidationException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
  }
}
