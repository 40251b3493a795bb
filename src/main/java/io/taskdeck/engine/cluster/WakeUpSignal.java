package io.taskdeck.engine.cluster;

import io.taskdeck.store.Jdbc;
import java.time.Duration;
import java.util.List;

/**
 * Wake-ups between the processes that share an H2 database, which has no {@code LISTEN/NOTIFY}: the
 * sender bumps a counter in the one-row table {@code wakeup_signal} (V32), and every executing node
 * reads that row every {@value #POLL_MILLIS} ms and wakes its scheduler thread when the counter
 * moved. Reading one row by its key costs H2 microseconds, so the poll is much cheaper than letting
 * Quartz's idle wait (a second at least) delay a trigger that another process scheduled.
 */
final class WakeUpSignal {
  static final int POLL_MILLIS = 50;

  /** A wake-up whose due time is not known: the scheduler thread re-acquires at once. */
  private static final long UNKNOWN = 0;

  private final Jdbc jdbc;

  WakeUpSignal(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Publishes a wake-up for a trigger due at {@code dueMillis}. */
  void send(long dueMillis) {
    jdbc.update("UPDATE wakeup_signal SET seq = seq + 1, due_at = ? WHERE id = 1", dueMillis);
  }

  /** The poller of an executing node. */
  Poller poller(SchedulerWakeUp wakeUp) {
    return new Poller(wakeUp);
  }

  /** Reads the signal row and wakes the scheduler thread when another process bumped it. */
  final class Poller implements WakeUpReceiver {
    private final SchedulerWakeUp wakeUp;
    private final BackgroundLoop loop;
    private long seen = -1;

    private Poller(SchedulerWakeUp wakeUp) {
      this.wakeUp = wakeUp;
      this.loop =
          new BackgroundLoop("taskdeck-wakeup-poll", this::poll, Duration.ofMillis(POLL_MILLIS));
    }

    @Override
    public void start() {
      loop.start();
    }

    @Override
    public void stop() {
      loop.stop();
    }

    private void poll() {
      List<long[]> row =
          jdbc.query(
              "SELECT seq, due_at FROM wakeup_signal WHERE id = 1",
              rs -> new long[] {rs.getLong(1), rs.getLong(2)});
      if (row.isEmpty()) {
        throw new IllegalStateException("the wakeup_signal row is missing");
      }
      long seq = row.get(0)[0];
      if (seen >= 0 && seq != seen) {
        // One wake-up since the last read: its due time; several: the earliest is not known.
        wakeUp.wake(seq == seen + 1 ? row.get(0)[1] : UNKNOWN);
      }
      seen = seq;
    }
  }
}
