package io.taskdeck.bench;

import java.util.Properties;

/**
 * Stock Quartz 2.5.2 in its documented clustered JDBC configuration. Only what it needs to run here
 * is set: the job store, the clustering flag, the data source (Quartz's default pool, c3p0, is not
 * on the class path, so Hikari), and an instance id of ours (AUTO can collide for processes started
 * in the same millisecond). Idle wait (30 s), batch size (1), check-in interval (7.5 s), misfire
 * threshold (60 s) and pool size (10) stay at Quartz's defaults.
 */
final class BaselineProperties {
  static final String SCHEDULER_NAME = "QuartzBaseline";

  private BaselineProperties() {}

  static Properties of(String url, String user, String password, String instanceId, int threads) {
    boolean postgres = url.startsWith("jdbc:postgresql:");
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", instanceId);
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        postgres
            ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
            : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.dataSource", "bench");
    p.setProperty("org.quartz.dataSource.bench.provider", "hikaricp");
    p.setProperty(
        "org.quartz.dataSource.bench.driver", postgres ? "org.postgresql.Driver" : "org.h2.Driver");
    p.setProperty("org.quartz.dataSource.bench.URL", url);
    if (user != null) {
      p.setProperty("org.quartz.dataSource.bench.user", user);
    }
    if (password != null) {
      p.setProperty("org.quartz.dataSource.bench.password", password);
    }
    return p;
  }
}
