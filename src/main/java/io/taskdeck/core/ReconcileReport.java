package io.taskdeck.core;

/** What a reconciliation pass repaired. */
public record ReconcileReport(
    int tasksWithoutTrigger, int triggersWithoutTask, int stuckTriggersReset) {
  public int total() {
    return tasksWithoutTrigger + triggersWithoutTask + stuckTriggersReset;
  }
}
