package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.IdempotencyStore;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TokenService;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.json.Wire;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API on Javalin/Jetty: compatibility routes, /api/v1, /health, /metrics and
 * /openapi.json. {@link #start()} binds and returns the port; {@link #stop()} is idempotent and
 * bounded.
 */
public final class ApiServer {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

  /** How long in-flight requests get to finish when the server stops. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final ApiConfig config;
  private final List<Route> routes;
  private final ErrorMapping errors;
  private final HttpMetrics metrics;
  private final TokenService tokens;
  private final Javalin app;
  private boolean started;
  private boolean stopped;

  public ApiServer(
      ApiConfig config,
      TaskService tasks,
      DeadLetterService deadLetters,
      CalendarService calendars,
      DefinitionsService definitions,
      IdempotencyStore idempotency,
      TokenService tokens,
      AuditService audit,
      PrometheusMeterRegistry registry,
      HealthProbe health) {
    this.config = config;
    this.tokens = tokens;
    ObjectMapper mapper = Wire.newMapper();
    RequestReader reader = new RequestReader(mapper, config.maxBodyBytes());
    this.routes =
        ApiRoutes.table(
            new ApiRoutes.Handlers(
                new TaskHandlers(tasks, reader),
                new RetryHandlers(deadLetters),
                new CalendarHandlers(calendars, reader),
                new CompatHandlers(tasks, reader),
                new SystemHandlers(health, registry),
                new TokenHandlers(tokens, reader),
                new AuditHandlers(audit),
                new OpenApiHandler(this::openApi),
                new Idempotency(idempotency, reader),
                new DefinitionsHandlers(definitions, reader)));
    this.errors = new ErrorMapping(mapper, new RouteMatcher(routes));
    this.metrics = new HttpMetrics(registry);
    this.app = Javalin.create(cfg -> configure(cfg, mapper));
  }

  private void configure(JavalinConfig cfg, ObjectMapper mapper) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.jsonMapper(new JavalinJackson(mapper, false));
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.http.prefer405over404 = true;
    cfg.jetty.host = config.host();
    cfg.jetty.port = config.port();
    cfg.jetty.modifyServer(
        server -> {
          server.setStopTimeout(STOP_TIMEOUT.toMillis());
          server.setErrorHandler(new JettyProblems(mapper));
        });
    cfg.jetty.modifyServletContextHandler(
        handler -> handler.setErrorHandler(new JettyProblems(mapper)));
    cfg.routes.before(RequestIds::begin);
    cfg.routes.before(metrics::begin);
    cfg.routes.before(
        new BearerAuth(
            config.token(), tokens, ApiRoutes.OPEN_PATHS, new AuthThrottle(Clock.systemUTC())));
    cfg.routes.after(metrics::end);
    cfg.routes.after(RequestIds::end);
    errors.register(cfg.routes);
    for (Route r : routes) {
      cfg.routes.addHttpHandler(r.method(), r.path(), guarded(r));
    }
  }

  /** The route's handler behind its role check; only the open paths have no role. */
  private static io.javalin.http.Handler guarded(Route r) {
    boolean open = ApiRoutes.OPEN_PATHS.contains(r.path());
    if (open != (r.role() == null)) {
      throw new IllegalStateException(
          r.method() + " " + r.path() + (open ? " is open but has a role" : " has no role"));
    }
    return open ? r.handler() : BearerAuth.guard(r);
  }

  /** Binds and starts serving; returns the bound port (a free one when the config says 0). */
  public synchronized int start() {
    if (stopped) {
      throw new IllegalStateException("the API server was stopped and cannot start again");
    }
    if (!started) {
      app.start();
      started = true;
      log.info(
          "API listening on http://{}:{} (token {})",
          config.host(),
          app.port(),
          config.token().isPresent() ? "required" : "required once a named token exists");
    }
    return app.port();
  }

  /** Stops taking requests; waits at most {@link #STOP_TIMEOUT} for those in flight. Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (started) {
      app.stop();
      log.info("API stopped");
    }
  }

  /** The port bound by {@link #start()}. */
  public synchronized int port() {
    return app.port();
  }

  /** The route table this server serves, with each route's role, for tests. */
  List<Route> routes() {
    return routes;
  }

  /** "METHOD path" of every route Javalin has registered, for tests. */
  List<String> registeredRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(p -> p.endpoint.method.isHttpMethod())
        .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
        .toList();
  }

  private JsonNode openApi() {
    String version = ApiServer.class.getPackage().getImplementationVersion();
    return OpenApiDocument.build(routes, ApiRoutes.OPEN_PATHS, version == null ? "dev" : version);
  }
}
