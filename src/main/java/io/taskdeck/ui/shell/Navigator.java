package io.taskdeck.ui.shell;

import java.util.UUID;

/** Moves between views with what to show there. */
public interface Navigator {
  /** Shows the Logs view filtered by one task. */
  void openLog(UUID taskId, String taskName);

  /** Shows the Tasks view with one task selected and its detail open. */
  void openTask(UUID taskId, String taskName);
}
