package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One clock: due times come from the database's clock, and a node whose clock is off does not
 * execute.
 */
@Tag("db")
abstract class ClockContractTest {
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
  void
      aNodeTwentySecondsAheadSchedulesOnTheDatabasesClockRunsNothingSaysWhyAndResumesWhenBackInLine() {
    ShiftedClock clock = new ShiftedClock(Duration.ofSeconds(20));
    h.start(b -> b.clock(clock));

    Task task = h.service().schedule(TestTasks.noop("due now").build());

    assertThat(Duration.between(Instant.now(), task.nextRun()).abs())
        .isLessThan(Duration.ofSeconds(2));
    assertThat(h.service().info().notExecutingReason()).contains("clock").contains("ahead");
    await().atMost(WAIT).until(() -> notExecuting() != null);
    assertThat(notExecuting()).contains("clock");
    await()
        .during(Duration.ofSeconds(3))
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).isEmpty());

    clock.shift(Duration.ZERO);

    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.service().info().notExecutingReason()).isNull();
    assertThat(h.executions(task.id())).hasSize(1);
    assertThat(h.executions(task.id()).get(0).startedAt()).isAfterOrEqualTo(task.nextRun());
  }

  @Test
  void aNodeWithinTheSkewLimitExecutesAndStartsNothingBeforeItsDueTimeOnTheDatabasesClock() {
    h.start(b -> b.clock(new ShiftedClock(Duration.ofMillis(1500))));
    Instant due = Instant.now().plusSeconds(2);

    Task task = h.service().schedule(TestTasks.noopAt("due in 2 s", due));

    await().atMost(WAIT).until(() -> h.service().get(task.id()).status() == TaskStatus.COMPLETED);
    assertThat(h.service().info().notExecutingReason()).isNull();
    assertThat(
            h.jdbc()
                .query(
                    "SELECT started_at FROM task_execution_log WHERE task_id = ?",
                    rs -> io.taskdeck.store.Jdbc.instant(rs, "started_at"),
                    task.id())
                .get(0))
        .isAfterOrEqualTo(due.minusMillis(100));
  }

  private String notExecuting() {
    return h.jdbc().query("SELECT not_executing FROM cluster_node", rs -> rs.getString(1)).get(0);
  }
}
