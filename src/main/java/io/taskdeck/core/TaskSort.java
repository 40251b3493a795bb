package io.taskdeck.core;

import java.util.Objects;

/**
 * The order of a task listing: by one key, ascending or descending; rows with the same key follow
 * in creation order (newest first when ascending, so that descending is the exact reverse). Tasks
 * without a value for the key (no next run, no last run yet) come last when ascending.
 */
public record TaskSort(Key key, boolean descending) {
  /** Newest first: the default order. */
  public static final TaskSort NEWEST = new TaskSort(Key.CREATED, true);

  /** What a listing can be ordered by. */
  public enum Key {
    CREATED,
    NAME,
    NEXT_RUN,
    LAST_OUTCOME,
    STATUS,
    PRIORITY
  }

  public TaskSort {
    Objects.requireNonNull(key, "key");
  }
}
