package io.taskdeck.core;

import java.util.UUID;

/**
 * A conditional change found the task changed since the revision it was based on: nothing was
 * written. The API answers 412 (a stale {@code If-Match}).
 */
public class StaleRevisionException extends TaskdeckException {
  private final long current;

  public StaleRevisionException(UUID id, long expected, long current) {
    super(
        "task "
            + id
            + " changed since revision "
            + expected
            + " (it is at revision "
            + current
            + "): read it again and retry");
    this.current = current;
  }

  /** The task's revision when the change was refused. */
  public long current() {
    return current;
  }
}
