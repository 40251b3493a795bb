package io.taskdeck.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * {@code taskdeck_http_server_requests_seconds{method,route,status}}: every answer, timed, by the
 * route template (not the concrete path, so ids do not make new series) and the status.
 */
final class HttpMetrics {
  private static final String STARTED = "taskdeck.started";
  private final MeterRegistry registry;

  HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void begin(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
  }

  void end(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    Timer.builder("taskdeck.http.server.requests")
        .description("HTTP requests answered by the API, by method, route template and status")
        .tag("method", ctx.method().name())
        .tag("route", endpoint == null ? "unmatched" : endpoint.path)
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - started));
  }
}
