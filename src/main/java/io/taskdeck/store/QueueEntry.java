package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import java.util.UUID;

/**
 * A row of {@code task_queue}: a task's pending (or running) attempt.
 *
 * @param part its partition, or null while held (the task is paused)
 * @param priority the task's priority, for the claim order
 * @param scheduleRev the task's schedule revision the attempt was made for
 * @param version bumped by every change of the row; claims and starts are guarded by it
 * @param claimNode the node holding the claim, or null
 * @param claimInc the incarnation of that node holding the claim, or null
 * @param logId the RUNNING execution row once started, or null
 */
public record QueueEntry(
    UUID taskId,
    Integer part,
    Attempt attempt,
    int priority,
    long scheduleRev,
    long version,
    String claimNode,
    Long claimInc,
    Long logId) {

  public boolean held() {
    return part == null;
  }

  public boolean started() {
    return logId != null;
  }

  public boolean claimed() {
    return claimNode != null;
  }
}
