package io.taskdeck.app;

import io.taskdeck.api.ApiConfig;
import io.taskdeck.api.ApiServer;
import io.taskdeck.api.HealthProbe;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.StoreUnavailableException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --headless}: opens the engine, serves the API, prints the one ready line, and runs until
 * SIGTERM. On SIGTERM it stops taking HTTP work, stops the engine (running attempts get the grace
 * period), closes the database and returns 0. A shutdown hook does the same stop when the JVM exits
 * another way.
 */
final class HeadlessMode {
  private final CliOptions options;
  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private volatile ApiServer api;
  private volatile AppContext context;
  private volatile Thread shutdownHook;

  HeadlessMode(CliOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
    this.options = options;
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs until SIGTERM, SIGINT or {@link #requestStop()}; returns the exit code (0, or 3 without a
   * database).
   */
  int run() {
    Logger log = LoggerFactory.getLogger(HeadlessMode.class);
    try {
      context =
          AppContext.open(Profiles.fromOptions(options, env, true), EngineSettings.from(options));
    } catch (StoreUnavailableException e) {
      err.println("taskdeck: " + e.getMessage());
      return Main.EXIT_DATABASE_UNREACHABLE;
    }
    StopSignals.handle(this::requestStop);
    shutdownHook = new Thread(this::stop, "taskdeck-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    api =
        new ApiServer(
            apiConfig(),
            context.tasks(),
            context.deadLetters(),
            context.calendars(),
            context.definitions(),
            context.idempotency(),
            context.tokens(),
            context.audit(),
            context.meterRegistry(),
            this::health);
    int port;
    try {
      port = api.start();
    } catch (RuntimeException e) {
      stop();
      err.println(
          "taskdeck: --http-host/--http-port: cannot listen on "
              + options.httpHost()
              + ":"
              + options.httpPort()
              + ": "
              + rootMessage(e));
      return Main.EXIT_BAD_ARGUMENTS;
    }
    out.println(
        "Taskdeck ready: " + url(options.httpHost(), port) + " (node " + context.nodeId() + ")");
    out.flush();
    log.info("Headless node {} serving on port {}", context.nodeId(), port);
    awaitStop();
    return 0;
  }

  /** Waits for SIGTERM/SIGINT (or {@link #requestStop()}), then stops in order. */
  private void awaitStop() {
    try {
      stopRequested.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LoggerFactory.getLogger(HeadlessMode.class).info("Stop requested: finishing running work");
    stop();
  }

  /** Asks {@link #run()} to stop and return 0; safe from any thread, including a signal handler. */
  void requestStop() {
    stopRequested.countDown();
  }

  /**
   * Stops taking HTTP work, then stops the engine (bounded) and closes the database; idempotent.
   */
  private void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      if (api != null) {
        api.stop();
      }
      if (context != null) {
        context.close();
      }
    } finally {
      removeHook();
    }
  }

  private void removeHook() {
    Thread hook = shutdownHook;
    if (hook != null && Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down; the hook runs anyway
      }
    }
  }

  /** The base URL of the API; an IPv6 literal goes in brackets ({@code http://[::1]:8080}). */
  static String url(String host, int port) {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private HealthProbe.Report health() {
    Optional<String> database = context.databaseProblem();
    EngineInfo info = context.info();
    boolean shuttingDown = stopRequested.getCount() == 0;
    return new HealthProbe.Report(
        database, info.state(), notExecuting(database, info, shuttingDown), shuttingDown);
  }

  /** Why this node runs no tasks now, or empty when it does. */
  static Optional<String> notExecuting(
      Optional<String> database, EngineInfo info, boolean shuttingDown) {
    if (!info.executing()) {
      return Optional.of("manage-only (--no-execute)");
    }
    if (shuttingDown) {
      return Optional.of("shutting down");
    }
    if (database.isPresent()) {
      return Optional.of("the database is unavailable");
    }
    if (!"RUNNING".equals(info.state())) {
      return Optional.of("the scheduler is " + info.state());
    }
    return Optional.empty();
  }

  private ApiConfig apiConfig() {
    Optional<String> token =
        Optional.ofNullable(env.get(options.apiTokenEnv())).filter(t -> !t.isBlank());
    return ApiConfig.of(options.httpHost(), options.httpPort(), token);
  }
}
