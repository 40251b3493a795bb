package io.taskdeck.engine.cluster;

/**
 * How an executing node hears wake-ups from the others: {@link WakeUpListener} (PostgreSQL's
 * LISTEN) or {@link WakeUpSignal.Poller} (H2's signal row).
 */
interface WakeUpReceiver {
  void start();

  void stop();
}
