package io.taskdeck.engine;

import io.taskdeck.store.AuditRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes audit rows older than the retention (docs/audit.md), in batches of {@link #BATCH} so that
 * no transaction holds many rows, at most {@link #MAX_BATCHES} per repair pass (a backlog goes over
 * the next passes). Any node may do it: a batch deletes rows by id, and a second node deleting the
 * same rows finds them gone. A retention of zero keeps everything.
 */
final class AuditRetention {
  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
  static final int BATCH = 1000;
  static final int MAX_BATCHES = 50;

  private final AuditRepository audits;
  private final Clock databaseTime;
  private final Duration retention;

  AuditRetention(AuditRepository audits, Clock databaseTime, Duration retention) {
    this.audits = audits;
    this.databaseTime = databaseTime;
    this.retention = retention;
  }

  /** Deletes a pass's worth of expired rows; returns how many. */
  int purge() {
    if (retention.isZero()) {
      return 0;
    }
    java.time.Instant cutoff = databaseTime.instant().minus(retention);
    int total = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      int deleted = audits.deleteBefore(cutoff, BATCH);
      total += deleted;
      if (deleted < BATCH) {
        break;
      }
    }
    if (total > 0) {
      log.info("Deleted {} audit rows older than {}", total, retention);
    }
    return total;
  }
}
