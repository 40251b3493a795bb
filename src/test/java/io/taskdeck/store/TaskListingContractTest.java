package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.Page;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSort;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-side sorting and counting of tasks: every order, both directions, paged, on each database.
 */
@Tag("db")
abstract class TaskListingContractTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  @TempDir Path temp;
  private TestDatabase testDb;
  private Database db;
  private TaskRepository repo;
  private final List<Task> all = new ArrayList<>();

  abstract TestDatabase database(Path temp);

  @BeforeEach
  void open() {
    testDb = database(temp);
    db = testDb.open();
    repo = new TaskRepository(new Jdbc(db.dataSource()));
    Random r = new Random(7);
    TaskStatus[] statuses = {
      TaskStatus.SCHEDULED, TaskStatus.PAUSED, TaskStatus.COMPLETED, TaskStatus.FAILED
    };
    for (int i = 0; i < 240; i++) {
      // a few shared values of every key, so ties (created_at too) are paged across
      Instant created = T0.plusSeconds(r.nextInt(60));
      Instant next = r.nextInt(4) == 0 ? null : T0.plusSeconds(600L * r.nextInt(20));
      ExecutionStatus outcome = r.nextInt(3) == 0 ? null : ExecutionStatus.values()[r.nextInt(3)];
      TaskSpec spec =
          TaskSpec.builder()
              .name("task " + (char) ('a' + r.nextInt(6)))
              .group(i % 2 == 0 ? "ops" : "web")
              .payload(ShellPayload.of("true"))
              .priority(r.nextInt(5))
              .build();
      all.add(
          new Task(
              UUID.randomUUID(),
              spec,
              statuses[r.nextInt(statuses.length)],
              next,
              outcome,
              0,
              created,
              created));
    }
    repo.insertAll(all);
  }

  @AfterEach
  void close() {
    db.close();
    testDb.close();
  }

  private List<UUID> pages(TaskQuery q) {
    List<UUID> ids = new ArrayList<>();
    Page<Task> page;
    String cursor = null;
    do {
      page = repo.list(q.withLimit(7).withCursor(cursor));
      page.items().forEach(t -> ids.add(t.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private static <T extends Comparable<T>> Comparator<Task> order(
      Function<Task, T> key, boolean desc) {
    Comparator<Task> asc =
        Comparator.comparing(key, Comparator.nullsLast(Comparator.<T>naturalOrder()))
            .thenComparing(Task::createdAt, Comparator.reverseOrder())
            .thenComparing(t -> t.id().toString(), Comparator.reverseOrder());
    return desc ? asc.reversed() : asc;
  }

  private void ordersLikeInMemory(TaskSort.Key key, Function<Task, ? extends Comparable<?>> value) {
    for (boolean desc : new boolean[] {false, true}) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Comparator<Task> cmp = order((Function) value, desc);
      List<UUID> expected = all.stream().sorted(cmp).map(Task::id).toList();
      assertThat(pages(TaskQuery.all().withSort(new TaskSort(key, desc))))
          .as(key + (desc ? " desc" : " asc"))
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void everySortKeyPagesThroughAllTasksInOrderBothWays() {
    ordersLikeInMemory(TaskSort.Key.NAME, Task::name);
    ordersLikeInMemory(TaskSort.Key.NEXT_RUN, Task::nextRun);
    ordersLikeInMemory(
        TaskSort.Key.LAST_OUTCOME, t -> t.lastOutcome() == null ? null : t.lastOutcome().name());
    ordersLikeInMemory(TaskSort.Key.STATUS, t -> t.status().name());
    ordersLikeInMemory(TaskSort.Key.PRIORITY, t -> t.spec().priority());
    ordersLikeInMemory(TaskSort.Key.CREATED, Task::createdAt);
  }

  @Test
  void theCountMatchesTheFiltersAcrossAllPages() {
    TaskQuery q =
        new TaskQuery(Set.of(TaskStatus.PAUSED, TaskStatus.FAILED), null, "ops", "task", 50, null);
    long expected =
        all.stream()
            .filter(
                t ->
                    Set.of(TaskStatus.PAUSED, TaskStatus.FAILED).contains(t.status())
                        && "ops".equals(t.spec().group()))
            .count();
    assertThat(repo.count(q)).isEqualTo(expected).isEqualTo(pages(q).size()).isPositive();
    assertThat(repo.count(TaskQuery.all())).isEqualTo(240);
  }
}
