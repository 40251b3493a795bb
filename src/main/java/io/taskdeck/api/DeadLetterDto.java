package io.taskdeck.api;

import io.taskdeck.core.DeadLetter;
import java.time.Instant;
import java.util.UUID;

/** A dead letter as the API shows it. */
record DeadLetterDto(
    long id,
    UUID taskId,
    String taskName,
    int attempts,
    String lastError,
    Long lastLogId,
    Instant failedAt) {
  static DeadLetterDto of(DeadLetter d) {
    return new DeadLetterDto(
        d.id(), d.taskId(), d.taskName(), d.attempts(), d.lastError(), d.lastLogId(), d.failedAt());
  }
}
