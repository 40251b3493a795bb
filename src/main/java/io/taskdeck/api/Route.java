package io.taskdeck.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.taskdeck.core.Role;
import java.util.List;

/**
 * One entry of the route table: what Javalin registers, the role a caller needs, and what
 * /openapi.json describes.
 *
 * @param role the least role that may call the route, or null for an open route (no token needed)
 * @param requestSchema the name of the request body schema, or null for none
 * @param responseSchema the name of the success response schema
 * @param headerParams request headers the route honours (Idempotency-Key, If-Match)
 */
record Route(
    Role role,
    HandlerType method,
    String path,
    String summary,
    List<String> queryParams,
    String requestSchema,
    int okStatus,
    String responseSchema,
    Handler handler,
    List<String> headerParams) {

  Route {
    queryParams = List.copyOf(queryParams);
    headerParams = List.copyOf(headerParams);
  }

  Route(
      Role role,
      HandlerType method,
      String path,
      String summary,
      List<String> queryParams,
      String requestSchema,
      int okStatus,
      String responseSchema,
      Handler handler) {
    this(
        role,
        method,
        path,
        summary,
        queryParams,
        requestSchema,
        okStatus,
        responseSchema,
        handler,
        List.of());
  }

  static Route get(Role role, String path, String summary, String response, Handler handler) {
    return new Route(role, HandlerType.GET, path, summary, List.of(), null, 200, response, handler);
  }

  static Route post(
      Role role,
      String path,
      String summary,
      String request,
      int status,
      String response,
      Handler h) {
    return new Route(
        role, HandlerType.POST, path, summary, List.of(), request, status, response, h);
  }

  static Route delete(Role role, String path, String summary, String response, Handler handler) {
    return new Route(
        role, HandlerType.DELETE, path, summary, List.of(), null, 200, response, handler);
  }

  static Route patch(
      Role role, String path, String summary, String request, String response, Handler handler) {
    return new Route(
        role, HandlerType.PATCH, path, summary, List.of(), request, 200, response, handler);
  }

  Route withQuery(String... params) {
    return new Route(
        role,
        method,
        path,
        summary,
        List.of(params),
        requestSchema,
        okStatus,
        responseSchema,
        handler,
        headerParams);
  }

  /** This route with {@code Idempotency-Key} honoured: {@code idempotency} wraps its handler. */
  Route idempotent(Idempotency idempotency) {
    return new Route(
        role,
        method,
        path,
        summary,
        queryParams,
        requestSchema,
        okStatus,
        responseSchema,
        idempotency.around(method.name() + " " + path, handler),
        List.of(Idempotency.HEADER));
  }

  /** This route with {@code If-Match} honoured. */
  Route conditional() {
    return new Route(
        role,
        method,
        path,
        summary,
        queryParams,
        requestSchema,
        okStatus,
        responseSchema,
        handler,
        List.of("If-Match"));
  }
}
