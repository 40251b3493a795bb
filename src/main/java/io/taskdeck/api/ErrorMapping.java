package io.taskdeck.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.StaleRevisionException;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.definitions.DefinitionsException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from exceptions to status codes. Every answer is a {@link Problem}; only an
 * unexpected error is logged with its stack trace, once, and the client sees no trace. No answer
 * carries an exception's message unless it was written for the client ({@link ValidationException}
 * and its kin): a database's messages can hold statements, values and schema names.
 */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  /** Seconds a client is asked to wait before retrying while the database is unavailable. */
  static final String RETRY_AFTER_SECONDS = "5";

  private final ObjectMapper json;
  private final RouteMatcher routes;

  ErrorMapping(ObjectMapper json, RouteMatcher routes) {
    this.json = json;
    this.routes = routes;
  }

  void register(RoutesConfig config) {
    config.exception(
        HttpProblem.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          answer(ctx, e.status(), e.getMessage(), e.field());
        });
    config.exception(
        ValidationException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), e.field()));
    config.exception(DefinitionsException.class, this::definitionsProblems);
    config.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), null));
    config.exception(
        IllegalStateChangeException.class, (e, ctx) -> answer(ctx, 409, e.getMessage(), null));
    config.exception(
        StaleRevisionException.class,
        (e, ctx) -> {
          ctx.header("ETag", ETags.ofRevision(e.current()));
          answer(ctx, 412, e.getMessage(), "If-Match");
        });
    config.exception(StoreUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
    config.exception(HttpResponseException.class, this::javalinResponse);
    config.exception(Exception.class, this::unexpected);
  }

  private void javalinResponse(HttpResponseException e, Context ctx) {
    String message =
        switch (e.getStatus()) {
          case 404 -> "no route " + ctx.method() + " " + ctx.path() + " (see /openapi.json)";
          case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
          case 413 -> "the request body is too large";
          default -> HttpStatus.getMessage(e.getStatus());
        };
    if (e.getStatus() == 405) {
      ctx.header("Allow", String.join(", ", routes.allowedMethods(ctx.path())));
    }
    answer(ctx, e.getStatus(), message, null);
  }

  private void unexpected(Exception e, Context ctx) {
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

  private void unavailable(Context ctx, Throwable e) {
    log.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    answer(ctx, 503, "the database is unavailable; retry in a few seconds", null);
  }

  /**
   * A bad definitions file: the problem, plus every error with its line and column under {@code
   * errors}.
   */
  private void definitionsProblems(DefinitionsException e, Context ctx) {
    ObjectNode body = json.valueToTree(Problem.of(400, e.getMessage(), e.field()));
    body.set("errors", json.valueToTree(e.problems()));
    try {
      ctx.status(400).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new IllegalStateException("a problem must serialise", x);
    }
  }

  void answer(Context ctx, int status, String message, String field) {
    Problem p = Problem.of(status, message, field);
    try {
      ctx.status(status).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(p));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a problem must serialise", e);
    }
  }
}
