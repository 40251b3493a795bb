package io.taskdeck.app;

import ch.qos.logback.classic.LoggerContext;
import io.taskdeck.api.ApiConfig;
import io.taskdeck.api.ApiServer;
import io.taskdeck.api.HealthProbe;
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
 * period) and exits 0.
 */
final class HeadlessMode {
  private final CliOptions options;
  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final CountDownLatch stopped = new CountDownLatch(1);
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

  /** Runs until {@link #stop()} or SIGTERM; returns the exit code (0, or 3 without a database). */
  int run() {
    Logger log = LoggerFactory.getLogger(HeadlessMode.class);
    try {
      context = AppContext.open(Profiles.fromOptions(options, env, true), EngineSettings.from(options));
    } catch (StoreUnavailableException e) {
      err.println("taskdeck: " + e.getMessage());
      return Main.EXIT_DATABASE_UNREACHABLE;
    }
    shutdownHook = new Thread(this::onSignal, "taskdeck-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    api =
        new ApiServer(
            apiConfig(),
            context.tasks(),
            context.deadLetters(),
            context.calendars(),
            context.meterRegistry(),
            this::health);
    int port;
    try {
      port = api.start();
    } catch (RuntimeException e) {
      stop();
      err.println("taskdeck: --http-host/--http-port: cannot listen on " + options.httpHost() + ":"
          + options.httpPort() + ": " + rootMessage(e));
      return Main.EXIT_BAD_ARGUMENTS;
    }
    out.println("Taskdeck ready: http://" + options.httpHost() + ":" + port + " (node " + context.nodeId() + ")");
    out.flush();
    log.info("Headless node {} serving on port {}", context.nodeId(), port);
    awaitStop();
    return 0;
  }

  private void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
  }

  /** Stops taking HTTP work, then stops the engine (bounded); idempotent. */
  void stop() {
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
      stopped.countDown();
    }
  }

  private void onSignal() {
    LoggerFactory.getLogger(HeadlessMode.class).info("Stop requested: finishing running work");
    stop();
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
      logging.stop();
    }
    // A signal-initiated shutdown would otherwise exit 143; a clean stop exits 0.
    Runtime.getRuntime().halt(0);
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

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private HealthProbe.Report health() {
    return new HealthProbe.Report(context.databaseProblem(), context.info().state());
  }

  private ApiConfig apiConfig() {
    Optional<String> token = Optional.ofNullable(env.get(options.apiTokenEnv())).filter(t -> !t.isBlank());
    return ApiConfig.of(options.httpHost(), options.httpPort(), token);
  }
}
