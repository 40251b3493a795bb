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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskJsonReadingTest {
  private static final ObjectMapper JSON = ApiJson.newMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertRejected(Runnable read, String field) {
    assertThatThrownBy(read::run)
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void theDesignExampleReadsIntoAFullSpec() throws Exception {
    TaskSpec spec =
        TaskSpecReader.create(
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
    assertThat(spec.payload()).isEqualTo(new ShellPayload("pg_dump shop", "/tmp", java.util.Map.of("PGHOST", "db")));
    assertThat(spec.schedule()).isEqualTo(new Schedule.Once(Instant.parse("2026-03-03T12:00:00Z")));
    assertThat(spec.calendar()).isEqualTo("holidays");
    assertThat(spec.misfire()).isEqualTo(MisfirePolicy.FIRE_NOW);
    assertThat(spec.timeout()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void intervalAndCronSchedulesRead() throws Exception {
    TaskSpec interval =
        TaskSpecReader.create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"interval\",\"every\":\"PT5M\",\"repeat\":3}}"), "");
    assertThat(interval.schedule()).isEqualTo(new Schedule.Interval(Duration.ofMinutes(5), null, null, 3));
    TaskSpec cron =
        TaskSpecReader.create(
            json("{\"name\":\"a\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"0 0 2 * * ?\",\"zone\":\"Europe/Berlin\"}}"), "");
    assertThat(cron.schedule()).isEqualTo(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")));
  }

  @Test
  void anHttpPayloadReadsItsStatusRange() throws Exception {
    TaskSpec spec =
        TaskSpecReader.create(
            json("{\"name\":\"a\",\"type\":\"http\",\"payload\":{\"url\":\"https://x.test\",\"expect_status\":204}}"), "");
    assertThat(((HttpPayload) spec.payload()).expectStatus().toString()).isEqualTo("204");
  }

  @Test
  void theSeedBodyReadsWithAPriorityGivenAsAString() throws Exception {
    TaskSpec spec =
        CompatRequestReader.read(
            json("{\"task_name\":\"Backup Database\",\"execution_time\":\"2025-03-03T12:00:00Z\",\"priority\":\"10\"}"));
    assertThat(spec.name()).isEqualTo("Backup Database");
    assertThat(spec.priority()).isEqualTo(10);
    assertThat(spec.schedule()).isEqualTo(new Schedule.Once(Instant.parse("2025-03-03T12:00:00Z")));
  }

  @Test
  void aMissingExecutionTimeMeansNow() throws Exception {
    assertThat(CompatRequestReader.read(json("{\"task_name\":\"a\",\"priority\":3}")).schedule())
        .isEqualTo(Schedule.Once.now());
  }

  @Test
  void rejectionsNameTheFieldWithItsPathAndIndex() {
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"priority\":1.5}"), "tasks[3]."), "tasks[3].priority");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"weekly\"}}"), ""), "schedule.kind");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"schedule\":{\"kind\":\"interval\"}}"), ""), "schedule.every");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"timeout\":\"1h\"}"), ""), "timeout");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"type\":\"ftp\"}"), ""), "type");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"misfire\":\"later\"}"), ""), "misfire");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"type\":\"shell\",\"payload\":{\"env\":{\"A\":1}}}"), ""), "payload.env.A");
    assertRejected(() -> TaskSpecReader.create(json("{\"name\":\"a\",\"payload\":{\"command\":\"ls\"}}"), ""), "type");
    assertRejected(() -> TaskSpecReader.create(json("[1,2]"), "tasks[0]."), "tasks[0]");
    assertRejected(() -> CompatRequestReader.read(json("{\"task_name\":\"a\",\"execution_time\":\"2025-03-03T12:00:00\"}")), "execution_time");
  }

  @Test
  void aPatchReplacesOnlyTheFieldsGiven() throws Exception {
    TaskSpec existing =
        TaskSpec.builder().name("old").group("ops").priority(7).payload(ShellPayload.of("ls")).build();
    TaskSpec merged = TaskSpecReader.merge(existing, json("{\"name\":\"new\",\"retry\":{\"max_attempts\":5}}"));
    assertThat(merged.name()).isEqualTo("new");
    assertThat(merged.group()).isEqualTo("ops");
    assertThat(merged.priority()).isEqualTo(7);
    assertThat(merged.payload()).isEqualTo(ShellPayload.of("ls"));
    assertThat(merged.retry().maxAttempts()).isEqualTo(5);
    assertThat(merged.retry().initialDelay()).isEqualTo(existing.retry().initialDelay());
  }
}
