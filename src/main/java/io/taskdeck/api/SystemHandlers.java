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
    body.put("database", report.healthy() ? "up" : "down");
    body.put("scheduler", report.scheduler());
    report.databaseProblem().ifPresent(p -> body.put("error", "the database is unavailable: " + p));
    ctx.status(report.healthy() ? 200 : 503).json(body);
  }

  void metrics(Context ctx) {
    ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
  }
}
