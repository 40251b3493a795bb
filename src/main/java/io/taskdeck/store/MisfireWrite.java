package io.taskdeck.store;

import io.taskdeck.core.Attempt;
import io.taskdeck.core.TaskStatus;
import java.util.List;

/**
 * A misfire decision for a claimed attempt, to be written.
 *
 * @param missed the MISSED rows to write
 * @param run the attempt that runs now (the claim goes on with it), or null
 * @param next when nothing runs: the pending attempt afterwards, or null
 * @param status when nothing runs: the task's status afterwards
 */
public record MisfireWrite(
    Claimed claim,
    List<ExecutionWrites.Missed> missed,
    Attempt run,
    Attempt next,
    TaskStatus status) {}
