package io.taskdeck.api;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.CalendarValidator;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.TokenService;
import io.taskdeck.core.definitions.DefinitionsApplier;
import io.taskdeck.core.definitions.FireCheck;
import io.taskdeck.testsupport.InMemoryTokens;
import java.util.Optional;

/** API servers on in-memory services, for the HTTP layer's own tests. */
final class TestServers {
  static final HealthProbe HEALTHY = () -> new HealthProbe.Report(Optional.empty(), "RUNNING");

  private TestServers() {}

  static ApiServer inMemory(
      ApiConfig config, InMemoryTaskService tasks, InMemoryRetries retries, HealthProbe health) {
    return inMemory(config, tasks, retries, new InMemoryTokens(), health);
  }

  static ApiServer inMemory(
      ApiConfig config,
      InMemoryTaskService tasks,
      InMemoryRetries retries,
      TokenService tokens,
      HealthProbe health) {
    return new ApiServer(
        config,
        tasks,
        retries,
        retries,
        new DefinitionsApplier(
            tasks,
            retries,
            new TaskValidator(e -> Optional.empty()),
            new CalendarValidator(e -> Optional.empty()),
            FireCheck.NONE),
        new InMemoryIdempotency(),
        tokens,
        q -> new io.taskdeck.core.Page<>(java.util.List.of(), null),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
        health);
  }

  static ApiServer inMemory(ApiConfig config, InMemoryTaskService tasks) {
    return inMemory(config, tasks, new InMemoryRetries(), HEALTHY);
  }

  static ApiServer inMemory(ApiConfig config, HealthProbe health) {
    return inMemory(config, new InMemoryTaskService(), new InMemoryRetries(), health);
  }
}
