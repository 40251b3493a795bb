package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.AuditService;

/** {@code GET /api/v1/audit}: the audit trail, newest first, filtered and cursor-paged. */
final class AuditHandlers {
  private final AuditService audit;

  AuditHandlers(AuditService audit) {
    this.audit = audit;
  }

  void list(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    String action = q.text("action");
    AuditQuery query =
        new AuditQuery(
            q.text("object_id"),
            q.text("actor"),
            action == null ? null : AuditAction.parse("action", action.trim()),
            q.instant("from"),
            q.instant("to"),
            q.limit(),
            q.text("cursor"));
    ctx.json(PageDto.of(audit.list(query), AuditDto::of));
  }
}
