package io.taskdeck.engine.cluster;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for wake-ups on a dedicated connection ({@code LISTEN taskdeck_wakeup}) and makes this
 * node's scheduler thread re-acquire at once. A broken connection is logged, dropped and opened
 * again after a back-off; the loop keeps running until {@link #stop()}.
 */
final class WakeUpListener implements WakeUpReceiver {
  private static final Logger log = LoggerFactory.getLogger(WakeUpListener.class);
  private static final int POLL_MILLIS = 500;

  private final DataSource dataSource;
  private final String schema;
  private final SchedulerWakeUp wakeUp;
  private final BackgroundLoop loop;

  WakeUpListener(DataSource dataSource, String schema, SchedulerWakeUp wakeUp) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.wakeUp = wakeUp;
    this.loop = new BackgroundLoop("taskdeck-wakeup-listen", this::session, Duration.ZERO);
  }

  @Override
  public void start() {
    loop.start();
  }

  @Override
  public void stop() {
    loop.stop();
  }

  /** One LISTEN session: returns on stop, throws when the connection breaks. */
  private void session() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("LISTEN " + WakeUpNotifier.CHANNEL);
      }
      log.debug("Listening for wake-ups on {}", WakeUpNotifier.CHANNEL);
      PGConnection pg = c.unwrap(PGConnection.class);
      while (loop.running()) {
        PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
        if (batch != null) {
          handle(batch);
        }
      }
    }
  }

  private void handle(PGNotification[] batch) {
    long earliest = Long.MAX_VALUE;
    for (PGNotification n : batch) {
      OptionalLong due = WakeUpMessage.dueFor(schema, n.getParameter());
      if (due.isPresent()) {
        earliest = Math.min(earliest, due.getAsLong());
      }
    }
    if (earliest != Long.MAX_VALUE) {
      wakeUp.wake(earliest);
    }
  }
}
