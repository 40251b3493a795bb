package io.taskdeck.engine.cluster;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node may start work now, and if not, why. An executing node stops claiming and
 * starting attempts while its clock is more than the skew limit off the database's, while its
 * check-in has not been renewed within the renewal bound (it cannot prove it is alive, and the
 * others may soon declare it dead), and for good once another process took over its node id. Each
 * change is logged once and announced to the listeners.
 */
public final class ExecutionGate {
  private static final Logger log = LoggerFactory.getLogger(ExecutionGate.class);

  /** Told when the node may execute again, or may not any more. */
  @FunctionalInterface
  public interface Listener {
    void changed(boolean open);
  }

  private final String nodeId;
  private final boolean executing;
  private final Duration maxSkew;
  private final Duration renewWithin;
  private final LongSupplier nanoTime;
  private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
  private volatile long lastRenewNanos;

  /** When the latest lapse of the check-in ended (the renewal after it was sent). */
  private volatile long lapseEndedNanos;

  private volatile boolean lapsed;
  private volatile boolean renewed;
  private volatile long steadySinceNanos = -1;
  private volatile String skewReason;
  private volatile String supersededReason;
  private String lastReason;

  ExecutionGate(
      String nodeId,
      boolean executing,
      Duration maxSkew,
      Duration renewWithin,
      LongSupplier nanoTime) {
    this.nodeId = nodeId;
    this.executing = executing;
    this.maxSkew = maxSkew;
    this.renewWithin = renewWithin;
    this.nanoTime = nanoTime;
  }

  public void addListener(Listener l) {
    listeners.add(l);
  }

  /** True when this node may claim and start attempts now. */
  public boolean open() {
    return reason() == null;
  }

  /** Why this node does not execute now, or null when it does. */
  public String reason() {
    if (!executing) {
      return "manage-only (--no-execute)";
    }
    if (supersededReason != null) {
      return supersededReason;
    }
    if (skewReason != null) {
      return skewReason;
    }
    if (!renewed || nanoTime.getAsLong() - lastRenewNanos > renewWithin.toNanos()) {
      return "its check-in was not renewed within " + renewWithin.toMillis() + " ms";
    }
    return null;
  }

  /**
   * A check-in that was sent at {@code sentNanos} (before the round trip: the lease counts from
   * then) committed at {@code doneNanos} (the database is known reachable from then).
   */
  void renewed(long sentNanos, long doneNanos) {
    if (renewed && sentNanos - lastRenewNanos > renewWithin.toNanos()) {
      lapseEndedNanos = sentNanos;
      lapsed = true;
    }
    lastRenewNanos = sentNanos;
    renewed = true;
    if (steadySinceNanos < 0) {
      steadySinceNanos = doneNanos;
    }
    announce();
  }

  /** This gate's monotonic time, for {@link #heldSince}. */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /**
   * True when the node may execute now and its check-in has not lapsed since {@code sinceNanos} (a
   * {@link #nanoTime()}). A node that froze after committing a start (SIGSTOP, a laptop's sleep)
   * may have been declared dead meanwhile, and its attempt taken over by another node; when it
   * wakes, a renewal may reopen the gate before the attempt's thread looks, so the gate remembers
   * that the check-in lapsed and the attempt is not run.
   */
  public boolean heldSince(long sinceNanos) {
    return open() && (!lapsed || lapseEndedNanos - sinceNanos < 0);
  }

  /** A check-in failed (the database is unreachable, or the statement failed). */
  void beatFailed() {
    steadySinceNanos = -1;
  }

  /**
   * True when this node's check-ins have succeeded without a failure for at least {@code d}. After
   * an outage every node's last check-in is old; only once the database has been reachable for the
   * detection bound has every live node had the chance to check in again, and an old check-in then
   * means a dead incarnation rather than a database that was away.
   */
  public boolean steadyFor(Duration d) {
    long since = steadySinceNanos;
    return since >= 0 && nanoTime.getAsLong() - since >= d.toNanos();
  }

  /** The clock offset the last check-in measured. */
  void skew(Duration skew) {
    skewReason =
        skew.abs().compareTo(maxSkew) > 0
            ? "its clock is "
                + Math.abs(skew.toMillis())
                + " ms "
                + (skew.isNegative() ? "ahead of" : "behind")
                + " the database's (limit "
                + maxSkew.toMillis()
                + " ms)"
            : null;
  }

  /** Another process started with this node id: this one never executes again. */
  void superseded() {
    supersededReason = "another process took over node id " + nodeId;
    announce();
  }

  /** Logs and announces a change of the gate (called after each event and each heartbeat). */
  synchronized void announce() {
    String reason = reason();
    String now = reason == null ? "" : reason;
    if (lastReason == null) {
      lastReason = now; // the first look, at start: no change to announce
      if (reason != null && executing) {
        log.warn("Node {} does not execute: {}", nodeId, reason);
      }
      return;
    }
    if (now.equals(lastReason)) {
      return;
    }
    boolean wasOpen = lastReason.isEmpty();
    lastReason = now;
    if (reason == null) {
      log.info("Node {} executes again", nodeId);
    } else if (executing) {
      log.warn("Node {} does not execute: {}", nodeId, reason);
    }
    if (wasOpen != (reason == null)) {
      listeners.forEach(l -> l.changed(reason == null));
    }
  }
}
