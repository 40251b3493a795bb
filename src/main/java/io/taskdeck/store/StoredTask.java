package io.taskdeck.store;

import io.taskdeck.core.Task;

/**
 * A task row with its schedule revision and dispatch partition. The revision grows whenever the
 * schedule changes; a Quartz trigger carries the revision it was made for, so a stale trigger can be
 * recognised and dropped. A task with a dispatch partition has no Quartz trigger of its own: it runs
 * through the dispatch path (see V30__dispatch.sql).
 */
public record StoredTask(Task task, long revision, Integer dispatchPart) {
  public StoredTask(Task task, long revision) {
    this(task, revision, null);
  }

  public boolean dispatched() {
    return dispatchPart != null;
  }
}
