package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.MaintenanceLease;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two engines, each with its own pool, on one PostgreSQL schema: one purge at a time. */
@Tag("db")
class RetentionLeaseOnPostgresTest {
  private static final int ROWS = 3000;

  private TestDatabase tdb;
  private final List<Database> pools = new ArrayList<>();
  private final List<TaskEngine> engines = new ArrayList<>();

  @BeforeEach
  void startTwoEngines() {
    tdb = TestDatabases.postgres();
    for (String node : List.of("node-a", "node-b")) {
      Database db = tdb.open();
      pools.add(db);
      TaskEngine engine =
          new TaskEngine(
              db, EngineHarness.testDefaults().nodeId(node).build(), new SimpleMeterRegistry());
      engine.start();
      engines.add(engine);
    }
  }

  @AfterEach
  void stop() {
    engines.forEach(TaskEngine::close);
    pools.forEach(Database::close);
    tdb.close();
  }

  @Test
  void twoEnginesPurgingAtOnceTakeTurnsAndDeleteEachRowOnce() throws Exception {
    Jdbc a = new Jdbc(pools.get(0).dataSource());
    Jdbc b = new Jdbc(pools.get(1).dataSource());
    Instant old = Instant.now().minus(Duration.ofDays(40));
    a.inTransaction(
        c -> {
          for (int i = 0; i < ROWS; i++) {
            Jdbc.update(
                c,
                "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, finished_at,"
                    + " status) VALUES (?, 1, 'gone', ?, ?, ?, 'SUCCESS')",
                UUID.randomUUID(),
                old,
                old,
                old);
          }
          return null;
        });
    Purger first = purger(a, "node-a");
    Purger second = purger(b, "node-b");
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Purger.Report> ra =
        CompletableFuture.supplyAsync(() -> awaitThen(together, first));
    CompletableFuture<Purger.Report> rb =
        CompletableFuture.supplyAsync(() -> awaitThen(together, second));
    List<Purger.Report> reports =
        List.of(ra.get(60, TimeUnit.SECONDS), rb.get(60, TimeUnit.SECONDS));

    assertThat(reports)
        .filteredOn(Purger.Report::leased)
        .as("one purge holds the lease, the other finds it held")
        .hasSize(1);
    assertThat(reports.stream().mapToLong(Purger.Report::executions).sum()).isEqualTo(ROWS);
    assertThat(a.query("SELECT COUNT(*) FROM task_execution_log", rs -> rs.getLong(1)).get(0))
        .isZero();

    Purger.Report later = second.purge();
    assertThat(later.leased()).as("the lease is free once the first purge ended").isTrue();
    assertThat(later.executions()).isZero();
  }

  @Test
  void aNodeWhoseLeaseWasTakenOverAfterItExpiredDeletesNothing() {
    Jdbc a = new Jdbc(pools.get(0).dataSource());
    Jdbc b = new Jdbc(pools.get(1).dataSource());
    MaintenanceLease leaseA = new MaintenanceLease(a, "retention", Duration.ofMinutes(2));
    MaintenanceLease leaseB = new MaintenanceLease(b, "retention", Duration.ofMinutes(2));
    assertThat(leaseA.tryAcquire("node-a")).isTrue();
    assertThat(leaseB.tryAcquire("node-b")).as("held by node-a").isFalse();
    // node-a froze: its lease ran out on the database clock.
    a.update(
        "UPDATE maintenance_lease SET expires_at = ? WHERE name = 'retention'",
        Instant.now().minus(Duration.ofSeconds(1)));

    assertThat(leaseB.tryAcquire("node-b")).isTrue();
    Boolean renewed = a.inTransaction(c -> leaseA.renew(c, "node-a"));
    assertThat(renewed).as("node-a's next batch is refused").isFalse();
    assertThat(leaseA.holder()).contains("node-b");
  }

  private static Purger.Report awaitThen(CyclicBarrier barrier, Purger purger) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return purger.purge();
  }

  private static Purger purger(Jdbc jdbc, String node) {
    return new Purger(
        jdbc,
        new MaintenanceLease(jdbc, "retention", Duration.ofMinutes(2)),
        RetentionSettings.of(Duration.ofDays(30), Duration.ofDays(30)).withBatchSize(100),
        Clock.fixed(Instant.now(), ZoneOffset.UTC),
        new RetentionMetrics(new SimpleMeterRegistry()),
        node,
        () -> true);
  }
}
