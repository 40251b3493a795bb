package io.taskdeck.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Calls a URL; succeeds when the response status is in {@code expectStatus}. */
public record HttpPayload(
    String method, String url, Map<String, String> headers, String body, StatusRange expectStatus)
    implements Payload {

  public HttpPayload {
    method = method == null || method.isBlank() ? "GET" : method.trim().toUpperCase(Locale.ROOT);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    expectStatus = expectStatus == null ? StatusRange.SUCCESS : expectStatus;
  }

  public static HttpPayload get(String url) {
    return new HttpPayload("GET", url, Map.of(), null, StatusRange.SUCCESS);
  }

  @Override
  public TaskType type() {
    return TaskType.HTTP;
  }

  /**
   * The headers with secret values (Authorization, Cookie, *token*, *secret*) replaced by a mask.
   */
  public Map<String, String> maskedHeaders() {
    Map<String, String> masked = new LinkedHashMap<>();
    headers.forEach((k, v) -> masked.put(k, Secrets.isSecretName(k) ? Secrets.MASK : v));
    return masked;
  }
}
