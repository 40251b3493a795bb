package io.taskdeck.api;

/** An HTTP-level refusal (401, 404, 413, 415) with the message and field the client sees. */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final String field;

  HttpProblem(int status, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
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
}
