package io.taskdeck.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.ValidationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from exceptions to status codes. Every answer is an {@link ErrorDto}; only an
 * unexpected error is logged, once, with its stack trace, and the client sees no trace.
 */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void register(RoutesConfig routes) {
    routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.field()));
    routes.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), e.field()));
    routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), null));
    routes.exception(
        IllegalStateChangeException.class, (e, ctx) -> answer(ctx, 409, e.getMessage(), null));
    routes.exception(StoreUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
    routes.exception(HttpResponseException.class, ErrorMapping::javalinResponse);
    routes.exception(Exception.class, ErrorMapping::unexpected);
  }

  private static void javalinResponse(HttpResponseException e, Context ctx) {
    String message =
        switch (e.getStatus()) {
          case 404 -> "no route " + ctx.method() + " " + ctx.path() + " (see /openapi.json)";
          case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
          case 413 -> "the request body is too large";
          default -> e.getMessage();
        };
    answer(ctx, e.getStatus(), message, null);
  }

  private static void unexpected(Exception e, Context ctx) {
    Throwable storeDown = storeFailure(e);
    if (storeDown != null) {
      unavailable(ctx, storeDown);
      return;
    }
    log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
    answer(ctx, 500, "internal error", null);
  }

  /** The store failure in {@code e}'s cause chain, or null when there is none. */
  static Throwable storeFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoreUnavailableException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return t;
      }
    }
    return null;
  }

  private static void unavailable(Context ctx, Throwable e) {
    log.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    answer(ctx, 503, "the database is unavailable: " + e.getMessage(), null);
  }

  private static void answer(Context ctx, int status, String message, String field) {
    ctx.status(status).json(new ErrorDto(message, field));
  }
}
