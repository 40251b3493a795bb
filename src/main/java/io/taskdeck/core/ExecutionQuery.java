package io.taskdeck.core;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Filters and paging for the execution log, newest first. Null or empty filters match everything.
 *
 * @param from inclusive lower bound on started_at (or scheduled_for for MISSED rows)
 * @param to exclusive upper bound
 */
public record ExecutionQuery(
    UUID taskId,
    Set<ExecutionStatus> statuses,
    Instant from,
    Instant to,
    int limit,
    String cursor) {

  public ExecutionQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (limit <= 0) {
      limit = TaskQuery.DEFAULT_LIMIT;
    }
    if (limit > TaskQuery.MAX_LIMIT) {
      throw new ValidationException("limit", "limit must be at most " + TaskQuery.MAX_LIMIT);
    }
  }

  public static ExecutionQuery all() {
    return new ExecutionQuery(null, Set.of(), null, null, TaskQuery.DEFAULT_LIMIT, null);
  }

  public static ExecutionQuery forTask(UUID taskId) {
    return new ExecutionQuery(taskId, Set.of(), null, null, TaskQuery.DEFAULT_LIMIT, null);
  }

  public ExecutionQuery withCursor(String next) {
    return new ExecutionQuery(taskId, statuses, from, to, limit, next);
  }

  public ExecutionQuery withLimit(int newLimit) {
    return new ExecutionQuery(taskId, statuses, from, to, newLimit, cursor);
  }
}
