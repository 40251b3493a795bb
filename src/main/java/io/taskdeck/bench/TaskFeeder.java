package io.taskdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Creates no-op tasks through an engine's bulk path, from the harness process. */
interface TaskFeeder {

  /**
   * Creates {@code count} tasks due at {@code dueAt} (null: now) in one bulk call; returns their
   * ids as they appear in the execution log.
   */
  List<String> create(int count, Instant dueAt);

  /**
   * Creates one recurring task per anchor in one bulk call: each runs every {@code every}, first at
   * its anchor. Returns their ids as they appear in the execution log, in the order of the anchors.
   */
  List<String> createRecurring(List<Instant> anchors, Duration every);
}
