package io.taskdeck.core.definitions;

import io.taskdeck.core.TaskSpec;

/** What a definitions file keys a task by: its group (null: none) and its name. */
record TaskKey(String group, String name) {
  static TaskKey of(TaskSpec spec) {
    return new TaskKey(spec.group(), spec.name());
  }

  @Override
  public String toString() {
    return group == null ? name : group + "/" + name;
  }
}
