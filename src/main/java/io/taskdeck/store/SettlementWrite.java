package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskStatus;

/**
 * What one settlement writes.
 *
 * @param row the finished execution row
 * @param status the task's status afterwards, or null to leave it (the settlement was overtaken)
 * @param lastOutcome the task's last outcome
 * @param attemptsMade the task's retry count
 * @param ownsQueueRow whether the task's queue row is still this attempt's (it is replaced or
 *     deleted)
 * @param next the pending attempt afterwards, or null for none
 * @param nextPart the partition of {@code next}, or null to hold it (the task is paused)
 * @param deadLetter whether a dead letter is written, naming {@code taskName}
 */
public record SettlementWrite(
    Started started,
    Execution row,
    TaskStatus status,
    ExecutionStatus lastOutcome,
    int attemptsMade,
    boolean ownsQueueRow,
    Attempt next,
    Integer nextPart,
    int priority,
    long scheduleRev,
    boolean deadLetter,
    String taskName) {}
