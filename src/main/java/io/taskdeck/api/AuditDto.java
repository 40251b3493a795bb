package io.taskdeck.api;

import io.taskdeck.core.AuditEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit row on the wire (docs/api.md): {@code changes} maps a field to its {@code before} and
 * {@code after}.
 */
record AuditDto(
    long id,
    Instant at,
    String actor,
    String actorKind,
    String action,
    String objectType,
    String objectId,
    String objectName,
    Map<String, Change> changes,
    String requestId) {

  /** A changed field; both values are shown, nulls included. */
  record Change(Object before, Object after) {}

  static AuditDto of(AuditEvent e) {
    Map<String, Change> changes = new LinkedHashMap<>();
    e.changes().forEach((field, c) -> changes.put(field, new Change(c.before(), c.after())));
    return new AuditDto(
        e.id(),
        e.at(),
        e.actor(),
        e.actorKind().wireName(),
        e.action(),
        e.objectType(),
        e.objectId(),
        e.objectName(),
        changes,
        e.requestId());
  }
}
