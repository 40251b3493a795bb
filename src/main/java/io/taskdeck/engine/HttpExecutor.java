package io.taskdeck.engine;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.HttpPayload;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls a URL with {@link HttpClient}. Success is a status inside the expected range. The status
 * and the first 64 KiB of the body are kept; request headers are never written to the log.
 */
final class HttpExecutor {
  static final int MAX_BODY = 64 * 1024;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  Outcome run(HttpPayload payload, Duration timeout) {
    HttpRequest request;
    try {
      request = request(payload, timeout);
    } catch (IllegalArgumentException e) {
      return Outcome.failed("invalid request: " + e.getMessage());
    }
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String body = firstBytes(response.body());
      int status = response.statusCode();
      boolean ok = payload.expectStatus().contains(status);
      String error =
          ok
              ? null
              : "unexpected HTTP status " + status + " (expected " + payload.expectStatus() + ")";
      return new Outcome(
          ok ? ExecutionStatus.SUCCESS : ExecutionStatus.FAILED, null, status, body, error);
    } catch (HttpTimeoutException e) {
      return new Outcome(
          ExecutionStatus.TIMED_OUT, null, null, null, "no response within " + timeout);
    } catch (IOException e) {
      return Outcome.failed("request failed: " + e);
    } catch (InterruptedException e) {
      return Outcome.interrupted(null);
    }
  }

  private static HttpRequest request(HttpPayload p, Duration timeout) {
    HttpRequest.BodyPublisher body =
        p.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(p.body());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(p.url())).timeout(timeout).method(p.method(), body);
    p.headers().forEach(b::header);
    return b.build();
  }

  private static String firstBytes(InputStream in) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes(MAX_BODY);
      boolean more = in.read() >= 0;
      String text = new String(bytes, StandardCharsets.UTF_8);
      return more ? text + "\n[body truncated after " + MAX_BODY + " bytes]" : text;
    }
  }
}
