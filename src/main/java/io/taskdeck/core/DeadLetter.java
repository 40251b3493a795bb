package io.taskdeck.core;

import java.time.Instant;
import java.util.UUID;

/**
 * A task occurrence whose attempts are exhausted.
 *
 * @param attempts how many attempts were made
 * @param lastLogId the execution-log row of the last attempt
 */
public record DeadLetter(
    long id,
    UUID taskId,
    String taskName,
    int attempts,
    String lastError,
    Long lastLogId,
    Instant failedAt) {}
