package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for the API under test; answers are parsed as JSON when they are JSON. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;
  private final Duration timeout;

  private ApiClient(String base, String token, Duration timeout) {
    this.base = base;
    this.token = token;
    this.timeout = timeout;
  }

  ApiClient(int port) {
    this("http://127.0.0.1:" + port, null, Duration.ofSeconds(60));
  }

  ApiClient withToken(String newToken) {
    return new ApiClient(base, newToken, timeout);
  }

  ApiClient withTimeout(Duration newTimeout) {
    return new ApiClient(base, token, newTimeout);
  }

  /** One answer: status, raw body, and the body as JSON (null when it is not JSON). */
  record Answer(int status, String body, String contentType, java.net.http.HttpHeaders headers) {
    Answer(int status, String body, String contentType) {
      this(
          status,
          body,
          contentType,
          java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String text(String field) {
      JsonNode v = json().get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer getWithHeader(String path, String name, String value) {
    return send(request(path).header(name, value).GET());
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  Answer post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** POSTs without a Content-Length (chunked), as a streaming client would. */
  Answer postChunked(String path, String json) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes))));
  }

  /** A request with extra headers, given as name, value, name, value... */
  Answer send(String method, String path, String json, String... headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b.method(method, body(json)));
  }

  Answer patch(String path, String json) {
    return send(
        request(path).header("Content-Type", "application/json").method("PATCH", body(json)));
  }

  Answer send(String method, String path, String contentType, String body) {
    HttpRequest.Builder b = request(path);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.method(method, body(body)));
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r;
      try {
        r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException stale) {
        // The client is shared by every test: a pooled connection to a server on a port that an
        // earlier test's server used, and closed, answers nothing. Sent again on a fresh
        // connection.
        if (stale.getMessage() == null || !stale.getMessage().contains("received no bytes")) {
          throw stale;
        }
        r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      }
      return new Answer(
          r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
