package io.taskdeck.core;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the engine did. Delivered on engine threads: listeners must not block, and GUI
 * listeners must hand the event to their own thread.
 */
public sealed interface TaskEvent
    permits TaskEvent.StatusChanged,
        TaskEvent.ExecutionStarted,
        TaskEvent.ExecutionFinished,
        TaskEvent.TasksChanged {

  /** A task's status changed (created, cancelled, paused, completed, ...). */
  record StatusChanged(UUID taskId, TaskStatus status) implements TaskEvent {}

  /** An attempt started on {@code nodeId}. */
  record ExecutionStarted(UUID taskId, int attempt, String nodeId, Instant startedAt)
      implements TaskEvent {}

  /** An attempt finished; {@code execution} is the log row as written. */
  record ExecutionFinished(Execution execution) implements TaskEvent {}

  /** Many tasks changed at once (bulk create, reconciliation): listeners should reload. */
  record TasksChanged(int count) implements TaskEvent {}
}
