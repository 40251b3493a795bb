package io.taskdeck.bench;

/** How an engine times a recurring task's next occurrence. */
enum Cadence {
  /**
   * Every period from the anchor, whenever the previous one ran (Taskdeck's interval schedules,
   * Quartz's simple triggers): the occurrences are known in advance.
   */
  FIXED_RATE,
  /**
   * One period after the previous execution finished (db-scheduler's {@code FixedDelay}): each
   * occurrence drifts by the previous one's start delay and run time, and an occurrence that never
   * runs holds back all the later ones.
   */
  FIXED_DELAY
}
