package io.taskdeck.app;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.Backend;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.IdempotencyStore;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.engine.NodeIds;
import io.taskdeck.engine.TaskEngine;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.taskdeck.store.DatabaseProbe;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.StatisticsRepository;
import io.taskdeck.store.TokenRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: one database pool, one engine and one metrics registry for a connection
 * profile. Headless mode and the desktop both build the process from here; nothing else creates
 * engines or pools.
 */
public final class AppContext implements Backend {
  private static final Logger log = LoggerFactory.getLogger(AppContext.class);

  /** Connections beyond the worker threads, for Quartz's own threads and our repositories. */
  private static final int EXTRA_CONNECTIONS = 8;

  private final ConnectionProfile profile;
  private final PrometheusMeterRegistry registry;
  private final Database database;
  private final TaskEngine engine;
  private final DatabaseProbe probe;
  private final TaskStatistics statistics;
  private boolean closed;

  private AppContext(
      ConnectionProfile profile,
      PrometheusMeterRegistry registry,
      Database database,
      TaskEngine engine) {
    this.profile = profile;
    this.registry = registry;
    this.database = database;
    this.engine = engine;
    this.probe = new DatabaseProbe(database.dataSource(), engine.config().nodeId());
    this.statistics = new StatisticsRepository(new Jdbc(database.dataSource()));
  }

  /**
   * Connects, migrates and starts the engine.
   *
   * @throws io.taskdeck.core.StoreUnavailableException when the database cannot be reached
   */
  public static AppContext open(ConnectionProfile profile, EngineSettings settings) {
    PrometheusMeterRegistry registry = newRegistry();
    DatabaseConfig dbConfig =
        DatabaseConfig.of(profile.jdbcUrl(), profile.user(), profile.password())
            .withMaxPoolSize(settings.workerThreads() + EXTRA_CONNECTIONS);
    Database database = Database.open(dbConfig).compactingOnClose();
    try {
      EngineConfig.Builder builder =
          EngineConfig.builder()
              .nodeId(settings.nodeId() == null ? NodeIds.generate() : settings.nodeId())
              .workerThreads(settings.workerThreads())
              .execute(profile.execute())
              .taskEnvironment(settings.taskEnvironment())
              .minInterval(settings.minInterval())
              .retention(settings.retention())
              .auditRetention(settings.auditRetention());
      if (settings.misfireThreshold() != null) {
        builder.misfireThreshold(settings.misfireThreshold());
      }
      EngineConfig config = builder.build();
      TaskEngine engine = new TaskEngine(database, config, registry);
      engine.start();
      log.info(
          "Taskdeck node {} on {} ({})",
          config.nodeId(),
          database.displayName(),
          profile.execute() ? "executing" : "manage-only");
      return new AppContext(profile, registry, database, engine);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    return registry;
  }

  @Override
  public TaskStatistics statistics() {
    return statistics;
  }

  @Override
  public TaskService tasks() {
    return engine.service();
  }

  @Override
  public ConnectionProfile profile() {
    return profile;
  }

  /** The audit trail of this database. */
  @Override
  public AuditService audit() {
    return engine.audit();
  }

  /** Retrying tasks and the dead-letter queue. */
  @Override
  public DeadLetterService deadLetters() {
    return engine.deadLetters();
  }

  /** Exclusion calendars. */
  @Override
  public CalendarService calendars() {
    return engine.calendars();
  }

  /** Definitions as code: export and apply. */
  @Override
  public DefinitionsService definitions() {
    return engine.definitions();
  }

  /** The answers kept for Idempotency-Key retries, on this process's database. */
  public IdempotencyStore idempotency() {
    return new IdempotencyRepository(new Jdbc(database.dataSource()), Clock.systemUTC());
  }

  /** Named API tokens, on this process's database. */
  public TokenService tokens() {
    return tokens(database);
  }

  /** Named API tokens on {@code database}: the one place a {@link TokenService} is made. */
  static TokenService tokens(Database database) {
    return new TokenRepository(
        new Jdbc(database.dataSource()),
        Clock.systemUTC(),
        new TokenSecrets(new SecureRandom()),
        Actor.cli());
  }

  public PrometheusMeterRegistry meterRegistry() {
    return registry;
  }

  public String nodeId() {
    return engine.config().nodeId();
  }

  public EngineInfo info() {
    return engine.service().info();
  }

  /**
   * Empty when the database answers a real query within {@link DatabaseProbe#TIMEOUT}; otherwise a
   * one-line reason (no credentials, no values).
   */
  public Optional<String> databaseProblem() {
    return probe.problem();
  }

  /** Stops the engine (bounded by its grace period), then closes the pool. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      probe.close();
      engine.stop();
    } finally {
      database.close();
    }
  }
}
