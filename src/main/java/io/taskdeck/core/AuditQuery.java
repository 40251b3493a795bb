package io.taskdeck.core;

import java.time.Instant;

/**
 * Filters and paging of the audit trail, newest first; null filters match everything.
 *
 * @param from inclusive lower bound on {@code at}
 * @param to exclusive upper bound on {@code at}
 */
public record AuditQuery(
    String objectId,
    String actor,
    AuditAction action,
    Instant from,
    Instant to,
    int limit,
    String cursor) {
  public AuditQuery {
    if (limit <= 0) {
      limit = TaskQuery.DEFAULT_LIMIT;
    }
    if (limit > TaskQuery.MAX_LIMIT) {
      throw new ValidationException("limit", "limit must be at most " + TaskQuery.MAX_LIMIT);
    }
  }

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, TaskQuery.DEFAULT_LIMIT, null);
  }

  public static AuditQuery forObject(String objectId) {
    return new AuditQuery(objectId, null, null, null, null, TaskQuery.DEFAULT_LIMIT, null);
  }

  public AuditQuery withCursor(String next) {
    return new AuditQuery(objectId, actor, action, from, to, limit, next);
  }

  public AuditQuery withLimit(int newLimit) {
    return new AuditQuery(objectId, actor, action, from, to, newLimit, cursor);
  }
}
