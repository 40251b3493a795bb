package io.taskdeck.core;

/** Where a task stands. A recurring task stays SCHEDULED between runs. */
public enum TaskStatus {
  SCHEDULED("Pending"),
  RUNNING("Running"),
  RETRYING("Retrying"),
  COMPLETED("Completed"),
  FAILED("Failed"),
  PAUSED("Paused"),
  CANCELLED("Cancelled");

  private final String seedWord;

  TaskStatus(String seedWord) {
    this.seedWord = seedWord;
  }

  /** The word the original design's compatibility API uses for this status. */
  public String seedWord() {
    return seedWord;
  }

  /** True when the task will never run again unless requeued or rescheduled. */
  public boolean terminal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }
}
