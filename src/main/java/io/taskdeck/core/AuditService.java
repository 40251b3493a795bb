package io.taskdeck.core;

/**
 * Reads the audit trail (docs/audit.md); rows are written by the services, in their transactions.
 */
public interface AuditService {
  /** Audit rows, newest first, filtered and keyset-paged. */
  Page<AuditEvent> list(AuditQuery query);
}
