package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import java.time.Instant;
import java.util.UUID;

/**
 * A claimed pending attempt and its task as read at the claim.
 *
 * @param entry the queue row as this claim left it (its version guards the start)
 */
public record Claimed(StoredTask stored, QueueEntry entry) {
  public UUID id() {
    return entry.taskId();
  }

  public Attempt attempt() {
    return entry.attempt();
  }

  public Instant due() {
    return entry.attempt().due();
  }

  public int part() {
    return entry.part();
  }

  /**
   * The same claim with its attempt replaced (a misfire decision moved it to a later occurrence).
   */
  public Claimed with(Attempt attempt, long version) {
    QueueEntry e = entry;
    return new Claimed(
        stored,
        new QueueEntry(
            e.taskId(),
            e.part(),
            attempt,
            e.priority(),
            e.scheduleRev(),
            version,
            e.claimNode(),
            e.claimInc(),
            e.logId()));
  }
}
