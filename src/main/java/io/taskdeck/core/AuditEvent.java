package io.taskdeck.core;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit trail (docs/audit.md).
 *
 * @param at when, by the database's clock
 * @param changes for an edit, the changed fields (dotted paths such as {@code payload.command})
 *     with their values before and after, secrets masked; empty for other actions
 * @param requestId the API request's X-Request-Id, or null
 */
public record AuditEvent(
    long id,
    Instant at,
    String actor,
    Actor.Kind actorKind,
    String action,
    String objectType,
    String objectId,
    String objectName,
    Map<String, Change> changes,
    String requestId) {

  public AuditEvent {
    changes = changes == null ? Map.of() : Map.copyOf(changes);
  }

  /**
   * A field's value before and after an edit (JSON values: null, text, number, boolean, list, map).
   */
  public record Change(Object before, Object after) {}
}
