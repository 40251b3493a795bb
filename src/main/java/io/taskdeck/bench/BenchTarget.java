package io.taskdeck.bench;

import io.taskdeck.core.TaskService;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The harness's side of one engine on one fresh database: the schema is ready, tasks can be created
 * without executing them, and executions can be read back.
 */
interface BenchTarget extends AutoCloseable {

  TaskFeeder feeder();

  ExecutionLog executionLog();

  /** How many tasks the engine holds (to check that creation lost nothing). */
  long storedTaskCount();

  /** A pool on the benchmark database, for the harness's own queries. */
  DataSource dataSource();

  /** The engine's TaskService, for engines that have one (Taskdeck). */
  default Optional<TaskService> taskService() {
    return Optional.empty();
  }

  /**
   * Lets the nodes open the database first (see {@link HandOverTarget}): the harness's connections
   * are closed until {@link #attach()}. Nothing for a database server such as PostgreSQL.
   */
  default void detach() {}

  /** Reopens the harness's side after {@link #detach()}, once the nodes run. */
  default void attach() {}

  @Override
  void close();
}
