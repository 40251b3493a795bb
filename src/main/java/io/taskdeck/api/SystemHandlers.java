package io.taskdeck.api;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** /health, /metrics and /openapi.json. */
final class SystemHandlers {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private final HealthProbe health;
  private final PrometheusMeterRegistry registry;

  SystemHandlers(HealthProbe health, PrometheusMeterRegistry registry) {
    this.health = health;
    this.registry = registry;
  }

  void health(Context ctx) {
    HealthProbe.Report report = health.check();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.healthy() ? "ok" : "unavailable");
    body.put("database", report.databaseProblem().isEmpty() ? "up" : "down");
    body.put("scheduler", report.scheduler());
    body.put("engine", report.notExecuting().isEmpty() ? "executing" : "not-executing");
    body.put("reason", report.notExecuting().orElse(null));
    body.put(
        "error",
        report.databaseProblem().map(p -> "the database is unavailable: " + p).orElse(null));
    if (!report.healthy()) {
      ctx.header("Retry-After", ErrorMapping.RETRY_AFTER_SECONDS);
    }
    ctx.status(report.healthy() ? 200 : 503).json(body);
  }

  void metrics(Context ctx) {
    ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
  }
}
