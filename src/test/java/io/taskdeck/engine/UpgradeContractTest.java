package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the release at commit bc57204 (src/test/resources/upgrade, made with
 * MakeFixture.java.txt there) migrates on the first start of this build: every task keeps its
 * status, next run and history; recurring tasks keep their phase; nothing runs early or twice.
 */
@Tag("db")
abstract class UpgradeContractTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path temp;
  TestDatabase tdb;
  EngineHarness h;

  /**
   * The fixture's tasks as the old release left them, by name: status, next run, last outcome,
   * retry count.
   */
  Map<String, Object[]> before;

  Map<String, Integer> historyBefore;
  Map<String, Long> oldIntervalStart;

  abstract TestDatabase fixture(Path temp);

  @BeforeEach
  void readTheOldDatabase() throws SQLException {
    tdb = fixture(temp);
    before = new HashMap<>();
    historyBefore = new HashMap<>();
    oldIntervalStart = new HashMap<>();
    try (Connection c =
            DriverManager.getConnection(
                tdb.jdbcUrl(), tdb.config().user(), tdb.config().password());
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT task_name, status, execution_time, last_outcome, retry_count,"
                  + " (SELECT COUNT(*) FROM task_execution_log l WHERE l.task_id = t.task_id) FROM task t")) {
        while (rs.next()) {
          OffsetDateTime next = rs.getObject(3, OffsetDateTime.class);
          before.put(
              rs.getString(1),
              new Object[] {
                rs.getString(2),
                next == null ? null : next.toInstant(),
                rs.getString(4),
                rs.getInt(5)
              });
          historyBefore.put(rs.getString(1), rs.getInt(6));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT t.task_name, q.START_TIME FROM QRTZ_TRIGGERS q JOIN task t"
                  + " ON CAST(t.task_id AS VARCHAR(36)) = q.JOB_NAME WHERE q.JOB_GROUP = 'tasks'"
                  + " AND q.TRIGGER_NAME = CAST(t.task_id AS VARCHAR(36)) || '/r' || CAST(t.revision AS VARCHAR(20))")) {
        while (rs.next()) {
          oldIntervalStart.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    assertThat(before).hasSize(11);
    h = new EngineHarness(tdb);
  }

  @AfterEach
  void closeAll() {
    h.close();
  }

  private Task task(String name) {
    return h.service().list(TaskQuery.all().withLimit(100)).items().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private Object[] queueRow(UUID id) {
    List<Object[]> rows =
        h.jdbc()
            .query(
                "SELECT part, due_at, attempt, kind, occurrence FROM task_queue WHERE task_id = ?",
                rs ->
                    new Object[] {
                      io.taskdeck.store.Jdbc.nullableInt(rs, "part"),
                      io.taskdeck.store.Jdbc.instant(rs, "due_at"),
                      rs.getInt("attempt"),
                      rs.getString("kind"),
                      io.taskdeck.store.Jdbc.instant(rs, "occurrence")
                    },
                id);
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Test
  void everyTaskKeepsItsStatusNextRunAndHistoryAndWaitsInTheQueueForIt() {
    h.start(b -> b.execute(false));

    for (Map.Entry<String, Object[]> e : before.entrySet()) {
      Task t = task(e.getKey());
      Object[] old = e.getValue();
      assertThat(t.status().name()).as(e.getKey()).isEqualTo(old[0]);
      assertThat(t.nextRun()).as(e.getKey()).isEqualTo(old[1]);
      assertThat(t.lastOutcome() == null ? null : t.lastOutcome().name())
          .as(e.getKey())
          .isEqualTo(old[2]);
      assertThat(t.retryCount()).as(e.getKey()).isEqualTo(old[3]);
      assertThat(h.executions(t.id())).as(e.getKey()).hasSize(historyBefore.get(e.getKey()));
      Object[] row = queueRow(t.id());
      if (t.status().terminal()) {
        assertThat(row).as(e.getKey()).isNull();
      } else {
        assertThat(row).as(e.getKey()).isNotNull();
        assertThat(row[1]).as(e.getKey() + " due").isEqualTo(t.nextRun());
        assertThat(row[0] == null)
            .as(e.getKey() + " held")
            .isEqualTo(t.status() == TaskStatus.PAUSED);
        assertThat(row[2])
            .as(e.getKey() + " attempt")
            .isEqualTo(t.status() == TaskStatus.RETRYING ? 2 : 1);
      }
    }
    assertThat(
            h.jdbc()
                .query(
                    "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE JOB_GROUP = 'tasks'",
                    rs -> rs.getInt(1))
                .get(0))
        .isZero();
    assertThat(h.engine().calendars().findCalendar("new-year")).isPresent();
    assertThat(h.engine().deadLetters().deadLetters(10, null).items())
        .extracting(DeadLetter::taskName)
        .containsExactly("oneshot_failed");
  }

  @Test
  void aRecurringTaskKeepsItsPhaseAndTheRetryOfAnOccurrenceStillGivesWayToTheNextOne() {
    h.start(b -> b.execute(false));

    Task anchored = task("interval_anchor");
    Instant anchor =
        h.jdbc()
            .query(
                "SELECT anchor_at FROM task WHERE task_id = ?",
                rs -> io.taskdeck.store.Jdbc.instant(rs, "anchor_at"),
                anchored.id())
            .get(0);
    assertThat(anchor.toEpochMilli()).isEqualTo(oldIntervalStart.get("interval_anchor"));
    assertThat(anchored.nextRun()).isEqualTo(anchor.plus(Duration.ofDays(3650)));
    Object[] retry = queueRow(task("interval_retrying").id());
    Instant retryAnchor = Instant.ofEpochMilli(oldIntervalStart.get("interval_retrying"));
    assertThat(retry[4]).as("the occurrence the retry stands for").isEqualTo(retryAnchor);
    assertThat(task("cron_calendar").nextRun()).isEqualTo(Instant.parse("2099-01-02T11:00:00Z"));
  }

  @Test
  void
      onTheFirstStartOnlyTheOverdueEverySecondTaskRunsOnItsPhaseWithoutDuplicatesAndAPausedTaskResumesWhereItWas() {
    h.start();
    Task everySecond = task("every_second_skip");
    long anchor = oldIntervalStart.get("every_second_skip");
    int oldRuns = historyBefore.get("every_second_skip");

    await().atMost(WAIT).until(() -> successes(everySecond.id()).size() >= oldRuns + 2);
    List<Execution> ok = successes(everySecond.id());
    assertThat(ok.stream().map(Execution::scheduledFor).collect(Collectors.toSet()))
        .hasSize(ok.size());
    assertThat(ok)
        .allSatisfy(e -> assertThat((e.scheduledFor().toEpochMilli() - anchor) % 1000).isZero());
    List<Execution> missed =
        h.executions(everySecond.id()).stream()
            .filter(e -> e.status() == ExecutionStatus.MISSED)
            .toList();
    assertThat(missed).isNotEmpty().hasSizeLessThanOrEqualTo(500);
    for (String name : before.keySet()) {
      if (!name.equals("every_second_skip")) {
        assertThat(h.executions(task(name).id()))
            .as(name + " ran nothing")
            .hasSize(historyBefore.get(name));
      }
    }

    Task paused = task("cron_paused");
    assertThat(h.service().resume(paused.id()).nextRun())
        .isEqualTo(Instant.parse("2099-03-01T05:30:00Z"));
    assertThat(task("cron_paused").status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void theOldDeadLetterIsRequeuedAndRunsOnce() {
    h.start();
    DeadLetter letter = h.engine().deadLetters().deadLetters(10, null).items().get(0);
    UUID id = letter.taskId();

    h.engine().deadLetters().requeue(List.of(letter.id()), null);

    await()
        .atMost(WAIT)
        .until(
            () ->
                h.service().get(id).status() == TaskStatus.FAILED && h.executions(id).size() == 2);
    assertThat(h.executions(id))
        .extracting(Execution::status)
        .containsExactly(ExecutionStatus.FAILED, ExecutionStatus.FAILED);
  }

  private List<Execution> successes(UUID id) {
    return h.executions(id).stream()
        .filter(e -> e.status() == ExecutionStatus.SUCCESS)
        .filter(Objects::nonNull)
        .toList();
  }
}
