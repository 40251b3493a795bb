package io.taskdeck.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Every error answer, as {@code application/problem+json} (RFC 9457). {@code error} (the message a
 * person can act on, the same as {@code detail}) and {@code field} (the bad field, or null) are the
 * members of the original error shape, kept so that its clients still work.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "error", "field"})
record Problem(String type, String title, int status, String detail, String error, String field) {
  static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(int status, String message, String field) {
    return new Problem(
        "about:blank", HttpStatus.getMessage(status), status, message, message, field);
  }
}
