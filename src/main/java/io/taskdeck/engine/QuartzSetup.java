package io.taskdeck.engine;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.store.Database;
import io.taskdeck.store.Vendor;
import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds the Quartz scheduler: clustered JobStoreTX on our one pool, our node id, a short idle
 * wait, batch acquisition and {@code useProperties=true}.
 */
final class QuartzSetup {
  /** One scheduler name per database: every node of a cluster uses it. */
  static final String SCHEDULER_NAME = "Taskdeck";

  private QuartzSetup() {}

  static Properties properties(Database db, EngineConfig cfg, String dataSourceName) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty(
        "org.quartz.scheduler.instanceIdGenerator.class",
        ConfiguredInstanceIdGenerator.class.getName());
    p.setProperty("org.quartz.scheduler.instanceIdGenerator.instanceId", cfg.nodeId());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(cfg.idleWait().toMillis()));
    // Quartz runs only the dispatch jobs (a claim each); the attempts run on the lane's workers.
    String claimers = Integer.toString(Math.min(Lane.PARTITIONS, Math.max(2, cfg.workerThreads())));
    p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", claimers);
    p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
    p.setProperty("org.quartz.threadPool.threadCount", claimers);
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "taskdeck-claimer");
    p.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
    p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate(db.vendor()));
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval",
        Long.toString(cfg.checkinInterval().toMillis()));
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold", Long.toString(cfg.misfireThreshold().toMillis()));
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return p;
  }

  private static String delegate(Vendor vendor) {
    return vendor == Vendor.POSTGRESQL
        ? PostgreSQLDelegate.class.getName()
        : StdJDBCDelegate.class.getName();
  }

  /**
   * Creates (but does not start) a scheduler on {@code db}. It is removed from Quartz's JVM-wide
   * repository at once, so several engines (tests, a two-node test in one JVM) never share one.
   */
  static Scheduler create(Database db, EngineConfig cfg, JobFactory jobFactory) {
    String dsName = "taskdeck-" + UUID.randomUUID();
    DBConnectionManager.getInstance()
        .addConnectionProvider(dsName, new SharedConnectionProvider(db.dataSource()));
    try {
      Scheduler scheduler = new StdSchedulerFactory(properties(db, cfg, dsName)).getScheduler();
      SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
      scheduler.setJobFactory(jobFactory);
      return scheduler;
    } catch (SchedulerException e) {
      throw new StoreUnavailableException(
          "cannot set up the scheduler on " + db.displayName() + ": " + e.getMessage(), e);
    }
  }
}
