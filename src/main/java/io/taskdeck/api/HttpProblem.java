package io.taskdeck.api;

import java.util.Map;

/** An HTTP-level refusal (401, 404, 412, 413, 415, 422, 429) with what the client sees. */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final String field;
  private final Map<String, String> headers;

  HttpProblem(int status, String message, String field) {
    this(status, message, field, Map.of());
  }

  /** With response headers, such as {@code WWW-Authenticate} or {@code Retry-After}. */
  HttpProblem(int status, String message, String field, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
    this.headers = Map.copyOf(headers);
  }

  static HttpProblem notFound(String kind, String id) {
    return new HttpProblem(404, kind + " " + id + " does not exist", null);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }

  Map<String, String> headers() {
    return headers;
  }
}
