package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChangesTest {
  private static TaskSpec shell(String command, Map<String, String> env, Set<String> secret) {
    return TaskSpec.builder()
        .name("backup")
        .payload(new ShellPayload(command, null, env, secret))
        .build();
  }

  @Test
  void anEditRecordsOnlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
    TaskSpec before = shell("pg_dump a", Map.of("PGHOST", "db"), Set.of());
    TaskSpec after =
        before.toBuilder()
            .priority(9)
            .description("nightly")
            .timeout(Duration.ofMinutes(5))
            .build();

    Map<String, AuditEvent.Change> changes = AuditChanges.between(before, after);

    assertThat(changes).containsOnlyKeys("priority", "description", "timeout");
    assertThat(changes.get("priority")).isEqualTo(new AuditEvent.Change(5, 9));
    assertThat(changes.get("description")).isEqualTo(new AuditEvent.Change(null, "nightly"));
    assertThat(changes.get("timeout")).isEqualTo(new AuditEvent.Change("PT1H", "PT5M"));
  }

  @Test
  void nestedFieldsAreNamedByTheirPath() {
    TaskSpec before = shell("pg_dump a", Map.of("PGHOST", "db"), Set.of());
    TaskSpec after = shell("pg_dump b", Map.of("PGHOST", "db2", "PGPORT", "5433"), Set.of());

    assertThat(AuditChanges.between(before, after))
        .containsOnlyKeys("payload.command", "payload.env.PGHOST", "payload.env.PGPORT")
        .containsEntry("payload.env.PGPORT", new AuditEvent.Change(null, "5433"));
  }

  @Test
  void aChangedSecretIsRecordedAsChangedButBothValuesAreMasked() {
    TaskSpec before = shell("run", Map.of("DB_PASSWORD", "hunter2", "PLAIN", "x"), Set.of("PLAIN"));
    TaskSpec after =
        shell("run", Map.of("DB_PASSWORD", "swordfish", "PLAIN", "y"), Set.of("PLAIN"));

    Map<String, AuditEvent.Change> changes = AuditChanges.between(before, after);

    assertThat(changes).containsOnlyKeys("payload.env.DB_PASSWORD", "payload.env.PLAIN");
    assertThat(changes.values())
        .allSatisfy(
            c -> assertThat(c).isEqualTo(new AuditEvent.Change(Secrets.MASK, Secrets.MASK)));
    assertThat(changes.toString()).doesNotContain("hunter2", "swordfish", "\"x\"", "=y");
  }

  @Test
  void aSecretHttpHeaderIsMaskedToo() {
    TaskSpec before =
        TaskSpec.builder()
            .name("call")
            .payload(
                new HttpPayload(
                    "GET", "https://a.example", Map.of("Authorization", "Bearer one"), null, null))
            .build();
    TaskSpec after =
        TaskSpec.builder()
            .name("call")
            .payload(
                new HttpPayload(
                    "GET", "https://a.example", Map.of("Authorization", "Bearer two"), null, null))
            .build();

    assertThat(AuditChanges.between(before, after))
        .containsExactly(
            Map.entry(
                "payload.headers.Authorization",
                new AuditEvent.Change(Secrets.MASK, Secrets.MASK)));
  }

  @Test
  void anUnchangedTaskHasNoChanges() {
    TaskSpec spec = shell("true", Map.of("A", "1"), Set.of());
    assertThat(AuditChanges.between(spec, spec.toBuilder().build())).isEmpty();
  }
}
