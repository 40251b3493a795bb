package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.TaskQuery;
import java.util.List;
import java.util.Map;

/** Thin handlers of /api/v1/dead-letters. */
final class RetryHandlers {
  private final DeadLetterService deadLetters;

  RetryHandlers(DeadLetterService deadLetters) {
    this.deadLetters = deadLetters;
  }

  void listDeadLetters(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    int limit = q.limit() == 0 ? TaskQuery.DEFAULT_LIMIT : q.limit();
    ctx.json(PageDto.of(deadLetters.deadLetters(limit, q.text("cursor")), DeadLetterDto::of));
  }

  /** Requeues now, or at the instant of the optional {@code at} query parameter. */
  void requeue(Context ctx) {
    long id = deadLetterId(ctx);
    ctx.json(
        Map.of(
            "requeued",
            deadLetters
                .as(BearerAuth.actor(ctx))
                .requeue(List.of(id), new QueryReader(ctx).instant("at"))));
  }

  void deleteDeadLetter(Context ctx) {
    long id = deadLetterId(ctx);
    deadLetters.as(BearerAuth.actor(ctx)).deleteDeadLetter(id);
    ctx.json(Map.of("id", id, "deleted", true));
  }

  private static long deadLetterId(Context ctx) {
    return RequestReader.longId(ctx, "id", "dead letter");
  }
}
