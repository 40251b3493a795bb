package io.taskdeck.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.NodeIds;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Taskdeck on a fresh database: Flyway migrates it, and a manage-only engine in the harness (its
 * Quartz scheduler never starts) creates tasks through {@link TaskService#scheduleAll}, the same
 * bulk path as {@code POST /api/v1/tasks/bulk}.
 */
final class TaskdeckTarget implements BenchTarget, TaskFeeder {
  static final String NAME_PREFIX = "bench-";

  private final Database database;
  private final TaskEngine engine;
  private long created;

  private TaskdeckTarget(Database database, TaskEngine engine) {
    this.database = database;
    this.engine = engine;
  }

  static TaskdeckTarget open(ScratchDatabase db, Clock clock) {
    Database database = Database.open(DatabaseConfig.of(db.url(), db.user(), db.password()));
    try {
      EngineConfig cfg =
          EngineConfig.builder().nodeId(NodeIds.generate()).execute(false).clock(clock).build();
      TaskEngine engine = new TaskEngine(database, cfg, new SimpleMeterRegistry());
      engine.start();
      return new TaskdeckTarget(database, engine);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The name of the i-th task this harness creates (the gui-page scenario searches for one). */
  static String taskName(long index) {
    return NAME_PREFIX + index;
  }

  @Override
  public List<String> create(int count, Instant dueAt) {
    List<Schedule> schedules = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      schedules.add(new Schedule.Once(dueAt));
    }
    return scheduleAll(schedules);
  }

  /** Interval schedules with the anchor as {@code start_at}, through the same bulk path. */
  @Override
  public List<String> createRecurring(List<Instant> anchors, Duration every) {
    return scheduleAll(
        anchors.stream().<Schedule>map(a -> new Schedule.Interval(every, a, null, null)).toList());
  }

  private List<String> scheduleAll(List<Schedule> schedules) {
    List<TaskSpec> specs = new ArrayList<>(schedules.size());
    for (Schedule schedule : schedules) {
      specs.add(TaskSpec.builder().name(taskName(created++)).schedule(schedule).build());
    }
    List<UUID> ids = engine.service().scheduleAll(specs);
    List<String> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(id.toString()));
    return out;
  }

  @Override
  public TaskFeeder feeder() {
    return this;
  }

  @Override
  public ExecutionLog executionLog() {
    return ExecutionLog.taskdeck(database.dataSource());
  }

  @Override
  public long storedTaskCount() {
    return engine.service().countByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public DataSource dataSource() {
    return database.dataSource();
  }

  @Override
  public Optional<TaskService> taskService() {
    return Optional.of(engine.service());
  }

  @Override
  public void close() {
    try {
      engine.stop();
    } finally {
      database.close();
    }
  }
}
