package io.taskdeck.core;

import java.util.Set;

/**
 * Filters and paging for {@link TaskService#list}. Null or empty filters match everything.
 *
 * @param text a case-insensitive substring of the name, group or description
 * @param cursor an opaque cursor from a previous page (of the same sort), or null for the first
 * @param sort the order; null means {@link TaskSort#NEWEST}
 */
public record TaskQuery(
    Set<TaskStatus> statuses,
    TaskType type,
    String group,
    String text,
    int limit,
    String cursor,
    TaskSort sort) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public TaskQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (limit <= 0) {
      limit = DEFAULT_LIMIT;
    }
    if (limit > MAX_LIMIT) {
      throw new ValidationException("limit", "limit must be at most " + MAX_LIMIT);
    }
    text = text == null || text.isBlank() ? null : text.trim();
    group = group == null || group.isBlank() ? null : group.trim();
    sort = sort == null ? TaskSort.NEWEST : sort;
  }

  /** Newest first. */
  public TaskQuery(
      Set<TaskStatus> statuses,
      TaskType type,
      String group,
      String text,
      int limit,
      String cursor) {
    this(statuses, type, group, text, limit, cursor, TaskSort.NEWEST);
  }

  public static TaskQuery all() {
    return new TaskQuery(Set.of(), null, null, null, DEFAULT_LIMIT, null);
  }

  public TaskQuery withCursor(String next) {
    return new TaskQuery(statuses, type, group, text, limit, next, sort);
  }

  public TaskQuery withLimit(int newLimit) {
    return new TaskQuery(statuses, type, group, text, newLimit, cursor, sort);
  }

  public TaskQuery withSort(TaskSort newSort) {
    return new TaskQuery(statuses, type, group, text, limit, null, newSort);
  }
}
