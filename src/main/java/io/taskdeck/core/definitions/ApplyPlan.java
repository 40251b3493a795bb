package io.taskdeck.core.definitions;

import java.util.List;

/**
 * What an apply does (or, in a dry run, would do): each creation, update (with the fields that
 * change) and cancellation, and how many definitions were already as the file says.
 *
 * @param applied false for a dry run: nothing was changed
 */
public record ApplyPlan(List<Change> changes, int unchanged, boolean applied) {
  public ApplyPlan {
    changes = List.copyOf(changes);
  }

  public enum Action {
    CREATE,
    UPDATE,
    CANCEL
  }

  /** One change to one task or calendar; {@code fields} lists an update's changed fields. */
  public record Change(Action action, String kind, String group, String name, List<String> fields) {
    public Change {
      fields = List.copyOf(fields);
    }

    /**
     * "create task ops/backup", "update task ops/backup: priority, schedule.expression", "cancel
     * task old".
     */
    public String describe() {
      String key = group == null ? name : group + "/" + name;
      String head = action.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " " + key;
      return fields.isEmpty() ? head : head + ": " + String.join(", ", fields);
    }
  }

  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /**
   * "2 to create, 1 to update, 0 to cancel, 5 unchanged (dry run: nothing changed)", or "2 created,
   * ..." once applied.
   */
  public String summary() {
    return count(Action.CREATE)
        + (applied ? " created, " : " to create, ")
        + count(Action.UPDATE)
        + (applied ? " updated, " : " to update, ")
        + count(Action.CANCEL)
        + (applied ? " cancelled, " : " to cancel, ")
        + unchanged
        + " unchanged"
        + (applied ? "" : " (dry run: nothing changed)");
  }
}
