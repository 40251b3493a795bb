package io.taskdeck.bench;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * crash: kills one node with the equivalent of {@code kill -9} once half the tasks ran, then
 * watches Quartz's cluster table until a surviving node has recovered the dead one (Quartz deletes
 * a failed instance's row from QRTZ_SCHEDULER_STATE when it has recovered its fired triggers). The
 * recovery time is from the kill to that moment.
 */
final class CrashWatch {
  private final NodeProcess victim;
  private final DataSource dataSource;
  private final long total;
  private long killedAt;
  private long recoveredAt;

  CrashWatch(NodeProcess victim, DataSource dataSource, long total) {
    this.victim = victim;
    this.dataSource = dataSource;
    this.total = total;
  }

  /** Called after each poll with the rows in the log: kills at half, then watches recovery. */
  void onPoll(long rows) {
    if (killedAt == 0 && rows * 2 >= total) {
      try {
        victim.kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while killing " + victim.nodeId(), e);
      }
      killedAt = System.nanoTime();
    }
    if (killedAt != 0
        && recoveredAt == 0
        && !SqlCounts.schedulerListed(dataSource, victim.nodeId())) {
      recoveredAt = System.nanoTime();
    }
  }

  /** True once the dead node was recovered. */
  boolean settled() {
    return recoveredAt != 0;
  }

  boolean killed() {
    return killedAt != 0;
  }

  /** Kill to recovery, or null when recovery was not seen. */
  Double recoverySeconds() {
    if (recoveredAt == 0) {
      return null;
    }
    return Duration.ofNanos(recoveredAt - killedAt).toMillis() / 1000.0;
  }

  String victimId() {
    return victim.nodeId();
  }
}
