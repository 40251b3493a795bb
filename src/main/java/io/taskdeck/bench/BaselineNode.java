package io.taskdeck.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

/** A stock Quartz scheduler executing the baseline's recording jobs in a node process. */
final class BaselineNode implements NodeEngine {
  private final Scheduler scheduler;
  private final HikariDataSource recorderPool;

  private BaselineNode(Scheduler scheduler, HikariDataSource recorderPool) {
    this.scheduler = scheduler;
    this.recorderPool = recorderPool;
  }

  static BaselineNode open(NodeSettings s, Clock clock) {
    HikariDataSource pool =
        PeerPools.open(s.url(), s.user(), s.password(), s.threads() + 1, "bench-recorder");
    try {
      Scheduler scheduler = scheduler(s.url(), s.user(), s.password(), s.nodeId(), s.threads());
      scheduler.setJobFactory(new BaselineRecorder(pool, s.nodeId(), clock));
      return new BaselineNode(scheduler, pool);
    } catch (SchedulerException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot create the Quartz baseline scheduler: " + e.getMessage(), e);
    }
  }

  static Scheduler scheduler(
      String url, String user, String password, String instanceId, int threads)
      throws SchedulerException {
    return new StdSchedulerFactory(BaselineProperties.of(url, user, password, instanceId, threads))
        .getScheduler();
  }

  @Override
  public void start() {
    try {
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "cannot start the Quartz baseline scheduler: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "cannot stop the Quartz baseline scheduler: " + e.getMessage(), e);
    } finally {
      recorderPool.close();
    }
  }
}
