package io.taskdeck.engine.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.listeners.SchedulerListenerSupport;

/**
 * Tells the other nodes about triggers due before their next poll: through PostgreSQL's {@code
 * NOTIFY}, or on H2 through {@link WakeUpSignal}'s table. Quartz calls this listener after every
 * local {@code scheduleJob}/{@code rescheduleJob} (also on a manage-only node, whose scheduler
 * never starts); the due times are coalesced and sent by one background thread, so a bulk create of
 * thousands sends a handful of wake-ups.
 */
final class WakeUpNotifier extends SchedulerListenerSupport {
  static final String CHANNEL = "taskdeck_wakeup";
  private static final long NONE = Long.MAX_VALUE;
  private static final Duration SLACK = Duration.ofMillis(200);

  /** Sends one wake-up for a trigger due at {@code dueMillis}. */
  @FunctionalInterface
  interface Sender {
    void send(long dueMillis) throws Exception;
  }

  private final Sender sender;
  private final Duration horizon;
  private final Clock clock;
  private final AtomicLong pending = new AtomicLong(NONE);
  private final BackgroundLoop loop;

  /** {@code idleWait} is the others' poll interval: triggers due later need no wake-up. */
  WakeUpNotifier(Sender sender, Duration idleWait, Clock clock) {
    this.sender = sender;
    this.horizon = idleWait.plus(SLACK);
    this.clock = clock;
    this.loop =
        new BackgroundLoop("taskdeck-wakeup-notify", this::sendPending, Duration.ofSeconds(1));
  }

  /** Wake-ups through {@code NOTIFY} on PostgreSQL's channel, tagged with the schema. */
  static Sender postgres(DataSource dataSource, String schema) {
    return due -> {
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
        ps.setString(1, CHANNEL);
        ps.setString(2, WakeUpMessage.format(schema, due));
        ps.execute();
      }
    };
  }

  void start() {
    loop.start();
  }

  void stop() {
    loop.stop();
  }

  @Override
  public void jobScheduled(Trigger trigger) {
    if (trigger.getNextFireTime() != null) {
      request(trigger.getNextFireTime().getTime());
    }
  }

  @Override
  public void triggerResumed(org.quartz.TriggerKey key) {
    request(clock.millis());
  }

  @Override
  public void jobResumed(JobKey key) {
    request(clock.millis());
  }

  /** Asks for a wake-up of the others when {@code dueMillis} is before their next poll. */
  void request(long dueMillis) {
    if (dueMillis - clock.millis() <= horizon.toMillis()) {
      pending.accumulateAndGet(dueMillis, Math::min);
      loop.nudge();
    }
  }

  /** Sends what is pending, and again while more arrives during the send. */
  private void sendPending() throws Exception {
    for (long due = pending.getAndSet(NONE); due != NONE; due = pending.getAndSet(NONE)) {
      send(due);
    }
  }

  private void send(long due) throws Exception {
    try {
      sender.send(due);
    } catch (Exception e) {
      pending.accumulateAndGet(due, Math::min); // try again after the back-off
      throw e;
    }
  }
}
