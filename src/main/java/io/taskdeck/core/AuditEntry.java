package io.taskdeck.core;

import java.util.Map;

/**
 * An audit row to write, inside the transaction of the change it records: the time and the id are
 * the database's.
 */
public record AuditEntry(
    Actor actor,
    AuditAction action,
    String objectType,
    String objectId,
    String objectName,
    Map<String, AuditEvent.Change> changes) {

  public AuditEntry {
    changes = changes == null ? Map.of() : Map.copyOf(changes);
  }

  public static AuditEntry of(
      Actor actor, AuditAction action, String objectType, Object objectId, String objectName) {
    return new AuditEntry(
        actor, action, objectType, String.valueOf(objectId), objectName, Map.of());
  }

  public AuditEntry withChanges(Map<String, AuditEvent.Change> newChanges) {
    return new AuditEntry(actor, action, objectType, objectId, objectName, newChanges);
  }
}
