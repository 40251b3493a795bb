package io.taskdeck.bench;

import java.time.Instant;
import java.util.List;

/** Creates one-shot no-op tasks through an engine's bulk path, from the harness process. */
interface TaskFeeder {

  /**
   * Creates {@code count} tasks due at {@code dueAt} (null: now) in one bulk call; returns their
   * ids as they appear in the execution log.
   */
  List<String> create(int count, Instant dueAt);
}
