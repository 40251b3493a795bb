package io.taskdeck.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * A db-scheduler {@link Scheduler} executing the benchmark's tasks in a node process, set up for
 * throughput as its README advises: on PostgreSQL the {@code lock-and-fetch} polling strategy
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED}, one statement less per execution than {@code fetch};
 * the README's "for high throughput" fractions 1.0 and 4.0 of the threads), T threads, and a 100 ms
 * polling interval (its default is 10 s). On H2, which lock-and-fetch does not support, its default
 * strategy {@code fetch}. Everything else stays at db-scheduler's defaults.
 */
final class DbSchedulerNode implements NodeEngine {
  static final Duration POLLING_INTERVAL = Duration.ofMillis(100);
  static final double LOWER_LIMIT_FRACTION_OF_THREADS = 1.0;
  static final double UPPER_LIMIT_FRACTION_OF_THREADS = 4.0;
  private static final String POM_PROPERTIES =
      "/META-INF/maven/com.github.kagkarlsson/db-scheduler/pom.properties";

  private final Scheduler scheduler;
  private final HikariDataSource schedulerPool;
  private final HikariDataSource recorderPool;

  private DbSchedulerNode(
      Scheduler scheduler, HikariDataSource schedulerPool, HikariDataSource recorderPool) {
    this.scheduler = scheduler;
    this.schedulerPool = schedulerPool;
    this.recorderPool = recorderPool;
  }

  static DbSchedulerNode open(NodeSettings s, Clock clock) {
    HikariDataSource recorderPool =
        PeerPools.open(s.url(), s.user(), s.password(), s.threads() + 1, "bench-recorder");
    HikariDataSource schedulerPool = null;
    try {
      schedulerPool =
          PeerPools.open(s.url(), s.user(), s.password(), s.threads() + 5, "db-scheduler");
      RecordingTable table = new RecordingTable(recorderPool, s.nodeId(), clock);
      SchedulerBuilder builder =
          Scheduler.create(schedulerPool, DbSchedulerTasks.recordingTo(table))
              .threads(s.threads())
              .pollingInterval(POLLING_INTERVAL)
              .schedulerName(new SchedulerName.Fixed(s.nodeId()));
      if (s.url().startsWith("jdbc:postgresql:")) {
        builder.pollUsingLockAndFetch(
            LOWER_LIMIT_FRACTION_OF_THREADS, UPPER_LIMIT_FRACTION_OF_THREADS);
      }
      return new DbSchedulerNode(builder.build(), schedulerPool, recorderPool);
    } catch (RuntimeException e) {
      recorderPool.close();
      if (schedulerPool != null) {
        schedulerPool.close();
      }
      throw new IllegalStateException(
          "cannot create the db-scheduler scheduler: " + e.getMessage(), e);
    }
  }

  /** What the results say about this engine's set-up, version included. */
  static String settings(boolean postgres) {
    String polling =
        postgres
            ? String.format(
                Locale.ROOT,
                "lock-and-fetch polling (lower %.1f, upper %.1f x threads)",
                LOWER_LIMIT_FRACTION_OF_THREADS,
                UPPER_LIMIT_FRACTION_OF_THREADS)
            : "fetch polling (its default; lock-and-fetch does not support H2)";
    return "db-scheduler "
        + version()
        + ": "
        + polling
        + ", polling interval "
        + POLLING_INTERVAL.toMillis()
        + " ms";
  }

  private static String version() {
    Properties pom = new Properties();
    try (InputStream in = Scheduler.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        pom.load(in);
      }
    } catch (IOException e) {
      return "(version unknown: " + e.getMessage() + ")";
    }
    return pom.getProperty("version", "(version unknown)");
  }

  @Override
  public void start() {
    scheduler.start();
  }

  @Override
  public void close() {
    try {
      scheduler.stop();
    } finally {
      schedulerPool.close();
      recorderPool.close();
    }
  }
}
