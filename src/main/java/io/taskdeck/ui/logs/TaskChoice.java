package io.taskdeck.ui.logs;

import java.util.UUID;

/** An entry of the task filter; a null id means all tasks. */
public record TaskChoice(UUID id, String name) {
  public static final TaskChoice ALL = new TaskChoice(null, "All tasks");

  @Override
  public String toString() {
    return name;
  }
}
