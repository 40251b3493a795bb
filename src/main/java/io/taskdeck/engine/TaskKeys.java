package io.taskdeck.engine;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/**
 * Names of Quartz jobs and triggers for tasks. A task's job is {@code tasks.<id>}. Its main trigger
 * is {@code tasks.<id>/r<revision>}: a trigger whose revision is not the row's is stale and never
 * runs. Run-now triggers are {@code tasks.<id>/now/<random>}, retries {@code tasks.<id>/retry/<attempt>/<random>}.
 */
final class TaskKeys {
  static final String GROUP = "tasks";
  private static final String MAIN = "/r";
  private static final String NOW = "/now/";
  private static final String RETRY = "/retry/";

  /** The trigger data key holding the attempt number of a retry firing. */
  static final String ATTEMPT = "attempt";

  private TaskKeys() {}

  static JobKey job(UUID id) {
    return JobKey.jobKey(id.toString(), GROUP);
  }

  static TriggerKey main(UUID id, long revision) {
    return TriggerKey.triggerKey(id + MAIN + revision, GROUP);
  }

  static TriggerKey runNow(UUID id) {
    return TriggerKey.triggerKey(
        id + NOW + Long.toHexString(ThreadLocalRandom.current().nextLong()), GROUP);
  }

  static TriggerKey retry(UUID id, int attempt) {
    return TriggerKey.triggerKey(
        id + RETRY + attempt + "/" + Long.toHexString(ThreadLocalRandom.current().nextLong()), GROUP);
  }

  /** True for the trigger of a pending retry attempt. */
  static boolean isRetry(TriggerKey key) {
    return GROUP.equals(key.getGroup()) && key.getName().contains(RETRY);
  }

  static UUID taskId(JobKey key) {
    return UUID.fromString(key.getName());
  }

  /** The revision of a main trigger, or empty for any other trigger (run-now, recovery). */
  static Optional<Long> revision(TriggerKey key) {
    int at = key.getName().lastIndexOf(MAIN);
    if (!GROUP.equals(key.getGroup()) || at < 0 || key.getName().contains(NOW) || key.getName().contains(RETRY)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(key.getName().substring(at + MAIN.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
