package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.store.AuditRepository;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit rows older than the retention go in the repair loop, in batches; zero keeps them
 * (docs/audit.md).
 */
@Tag("db")
abstract class AuditRetentionContract {
  @TempDir Path temp;
  private EngineHarness h;

  abstract TestDatabase database(Path temp);

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void theRepairLoopDeletesAuditRowsOlderThanTheRetentionAndKeepsTheRest() {
    h = new EngineHarness(database(temp));
    TaskEngine engine =
        h.start(b -> b.repairInterval(Duration.ofSeconds(1)).auditRetention(Duration.ofDays(30)));
    UUID old = engine.service().schedule(TaskSpec.builder().name("old").build()).id();
    UUID fresh = engine.service().schedule(TaskSpec.builder().name("fresh").build()).id();
    age(old.toString(), Duration.ofDays(31));
    age(fresh.toString(), Duration.ofDays(29));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> engine.audit().list(AuditQuery.forObject(old.toString())).items().isEmpty());
    assertThat(engine.audit().list(AuditQuery.forObject(fresh.toString())).items()).hasSize(1);
  }

  @Test
  void aBacklogGoesInBatchesAndARetentionOfZeroKeepsEverything() {
    h = new EngineHarness(database(temp));
    h.start(b -> b.auditRetention(Duration.ZERO));
    int backlog = AuditRetention.BATCH * 2 + 5;
    for (int i = 0; i < backlog; i++) {
      h.jdbc()
          .update(
              "INSERT INTO audit_event (at, actor, actor_kind, action, object_type, object_id) VALUES (?, ?, ?, ?, ?, ?)",
              Instant.now().minus(Duration.ofDays(400)),
              "cli:test@host",
              "cli",
              "create",
              "task",
              "t" + i);
    }
    AuditRepository rows = new AuditRepository(h.jdbc());
    Clock clock = Clock.systemUTC();

    assertThat(new AuditRetention(rows, clock, Duration.ZERO).purge()).isZero();
    assertThat(count(rows)).isEqualTo(backlog);
    assertThat(new AuditRetention(rows, clock, Duration.ofDays(365)).purge()).isEqualTo(backlog);
    assertThat(count(rows)).isZero();
  }

  private int count(AuditRepository rows) {
    List<AuditEvent> all = rows.list(AuditQuery.all().withLimit(1000)).items();
    int n = all.size();
    String cursor = rows.list(AuditQuery.all().withLimit(1000)).nextCursor();
    while (cursor != null) {
      var page = rows.list(AuditQuery.all().withLimit(1000).withCursor(cursor));
      n += page.items().size();
      cursor = page.nextCursor();
    }
    return n;
  }

  private void age(String objectId, Duration by) {
    h.jdbc()
        .update(
            "UPDATE audit_event SET at = ? WHERE object_id = ?", Instant.now().minus(by), objectId);
  }
}
