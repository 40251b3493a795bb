package io.taskdeck.engine;

import static io.taskdeck.engine.TestTasks.noopAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch path's own structure: few triggers for many tasks, and the repairs after crashes.
 */
@Tag("db")
abstract class DispatchContractTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path temp;
  EngineHarness h;

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void openDatabase() {
    h = new EngineHarness(database(temp));
  }

  @AfterEach
  void closeAll() {
    h.close();
  }

  @Test
  void aBulkOfOneShotTasksIsArmedWithOneTriggerPerPartitionNotPerTask() {
    h.start(b -> b.execute(false));
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      specs.add(noopAt("bulk " + i, Instant.now().plusSeconds(3600 + i)));
    }
    List<UUID> ids = h.service().scheduleAll(specs);

    assertThat(ids).hasSize(2000);
    assertThat(count("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'tasks'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'dispatch'"))
        .isBetween(1, Lane.PARTITIONS);
    assertThat(
            count("SELECT COUNT(*) FROM task_queue WHERE part IS NOT NULL AND claim_node IS NULL"))
        .isEqualTo(2000);
  }

  @Test
  void tasksDueTogetherAreAllRunExactlyOnce() {
    h.start();
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      specs.add(noopAt("burst " + i, Instant.now()));
    }
    List<UUID> ids = h.service().scheduleAll(specs);

    await()
        .atMost(WAIT)
        .until(() -> h.service().countByStatus().get(TaskStatus.COMPLETED) == ids.size());
    assertThat(count("SELECT COUNT(*) FROM task_execution_log WHERE status = 'SUCCESS'"))
        .isEqualTo(3000);
    assertThat(count("SELECT COUNT(DISTINCT task_id) FROM task_execution_log")).isEqualTo(3000);
    assertThat(count("SELECT COUNT(*) FROM task_queue")).isZero();
  }

  @Test
  void aBrokenTriggerChainIsRepairedAndTheTaskStillRuns() {
    h.start();
    Task task = h.service().schedule(noopAt("chain", Instant.now().plusSeconds(2)));
    // the crash: a node died between its claim and the next link of the partition's chain
    h.jdbc().update("DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_GROUP = 'dispatch'");
    h.jdbc().update("DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'dispatch'");

    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(task.id()))
        .extracting(e -> e.status())
        .containsExactly(ExecutionStatus.SUCCESS);
  }

  @Test
  void claimsOfANodeThatLeftTheClusterGoBackToTheQueueAndRun() {
    h.start(b -> b.execute(false));
    Task waiting = h.service().schedule(noopAt("claimed by the dead", Instant.now()));
    Task running = h.service().schedule(noopAt("running on the dead", Instant.now()));
    h.jdbc()
        .update(
            "UPDATE task_queue SET claim_node = 'gone-node', claim_inc = 1 WHERE task_id = ?",
            waiting.id());
    h.jdbc()
        .update(
            "UPDATE task_queue SET claim_node = 'gone-node', claim_inc = 1, log_id = -1 WHERE task_id = ?",
            running.id());
    h.jdbc().update("UPDATE task SET status = 'RUNNING' WHERE task_id = ?", running.id());

    h.start();

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.service().get(waiting.id()).status() == TaskStatus.COMPLETED
                    && h.service().get(running.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.executions(waiting.id())).hasSize(1);
    assertThat(h.executions(running.id())).hasSize(1);
  }

  @Test
  void aTaskCancelledAfterItsClaimDoesNotRun() {
    h.start();
    Task task =
        h.service().schedule(noopAt("claimed then cancelled", Instant.now().plusMillis(2000)));
    // its partition fires 100 ms before the slot and claims it up to 500 ms ahead of its time
    await()
        .atMost(WAIT)
        .until(() -> claimNode(task.id()) != null || !h.executions(task.id()).isEmpty());
    assertThat(h.executions(task.id()))
        .as("the claim was seen before the task started (the machine is too busy if not)")
        .isEmpty();
    h.service().cancel(task.id());

    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).isEmpty());
    assertThat(h.service().get(task.id()).status()).isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void aBulkCreatedWhileTheOnlyNodeIsDownRunsAfterItsRestart() {
    h.start(b -> b.execute(false));
    List<UUID> ids =
        h.service().scheduleAll(List.of(noopAt("a", Instant.now()), noopAt("b", Instant.now())));
    h.shutDown();

    h.start();

    await()
        .atMost(WAIT)
        .until(
            () ->
                ids.stream().allMatch(id -> h.service().get(id).status() == TaskStatus.COMPLETED));
  }

  @Test
  void aBulkStoresEveryFieldExactlyEvenWithTabsNewlinesAndBackslashes() {
    h.start(b -> b.execute(false));
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      specs.add(
          TaskSpec.builder()
              .name("tricky\t\\ " + i)
              .group(i % 2 == 0 ? null : "grp\ttab")
              .description("line one\nline two\r\n\\N not null, ünïcödé, 'quotes' \"double\"")
              .payload(io.taskdeck.core.ShellPayload.of("printf 'a\tb\n' | sed 's/\\t/ /'"))
              .priority(1 + i % 10)
              .schedule(
                  new io.taskdeck.core.Schedule.Once(
                      Instant.parse("2030-01-01T00:00:00.123Z").plusSeconds(i)))
              .build());
    }
    List<UUID> ids = h.service().scheduleAll(specs);

    for (int i = 0; i < ids.size(); i++) {
      Task stored = h.service().get(ids.get(i));
      assertThat(stored.spec()).isEqualTo(specs.get(i));
      assertThat(stored.nextRun())
          .isEqualTo(Instant.parse("2030-01-01T00:00:00.123Z").plusSeconds(i));
      assertThat(stored.status()).isEqualTo(TaskStatus.SCHEDULED);
    }
  }

  private String claimNode(UUID id) {
    return h
        .jdbc()
        .query("SELECT claim_node FROM task_queue WHERE task_id = ?", rs -> rs.getString(1), id)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private int count(String sql) {
    return h.jdbc().query(sql, rs -> rs.getInt(1)).get(0);
  }
}
