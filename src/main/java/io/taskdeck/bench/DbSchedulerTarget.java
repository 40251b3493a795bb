package io.taskdeck.bench;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * db-scheduler on a fresh database: its table, and a {@link SchedulerClient} in the harness (no
 * scheduler runs here) that creates executions through {@link SchedulerClient#scheduleBatch}, its
 * bulk path: one instance of {@link DbSchedulerTasks#ONCE} per one-shot task, one of {@link
 * DbSchedulerTasks#RECURRING} per recurring task.
 */
final class DbSchedulerTarget implements BenchTarget, TaskFeeder {
  private final HikariDataSource pool;
  private final SchedulerClient client;
  private final Clock clock;

  private DbSchedulerTarget(HikariDataSource pool, SchedulerClient client, Clock clock) {
    this.pool = pool;
    this.client = client;
    this.clock = clock;
  }

  static DbSchedulerTarget open(ScratchDatabase db, Clock clock) {
    HikariDataSource pool = PeerPools.open(db.url(), db.user(), db.password(), 4, "bench-harness");
    try {
      DbSchedulerSchema.createIfAbsent(pool, db.label().equals("postgresql"));
      SchedulerClient client =
          SchedulerClient.Builder.create(pool, DbSchedulerTasks.forScheduling()).build();
      return new DbSchedulerTarget(pool, client, clock);
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot prepare db-scheduler: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> create(int count, Instant dueAt) {
    List<TaskInstance<?>> instances = new ArrayList<>(count);
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      instances.add(new TaskInstance<Void>(DbSchedulerTasks.ONCE, id));
      ids.add(id);
    }
    client.scheduleBatch(instances, dueAt != null ? dueAt : clock.instant());
    return ids;
  }

  /** Instances of the recurring task, each first due at its anchor; {@code every} is the task's. */
  @Override
  public List<String> createRecurring(List<Instant> anchors, Duration every) {
    if (!every.equals(RecurringScenario.EVERY)) {
      throw new IllegalArgumentException(
          "db-scheduler's recurring task runs every " + RecurringScenario.EVERY);
    }
    List<SchedulableInstance<?>> instances = new ArrayList<>(anchors.size());
    List<String> ids = new ArrayList<>(anchors.size());
    for (Instant anchor : anchors) {
      String id = UUID.randomUUID().toString();
      instances.add(
          SchedulableInstance.of(new TaskInstance<Void>(DbSchedulerTasks.RECURRING, id), anchor));
      ids.add(id);
    }
    client.scheduleBatch(instances);
    return ids;
  }

  @Override
  public TaskFeeder feeder() {
    return this;
  }

  @Override
  public ExecutionLog executionLog() {
    return ExecutionLog.recorded(pool);
  }

  @Override
  public long storedTaskCount() {
    return SqlCounts.count(pool, "SELECT COUNT(*) FROM " + DbSchedulerSchema.TABLE);
  }

  @Override
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
