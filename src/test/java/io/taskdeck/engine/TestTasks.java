package io.taskdeck.engine;

import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import java.time.Duration;
import java.time.Instant;

/** Builders for the specs the tests schedule. */
final class TestTasks {
  private TestTasks() {}

  static TaskSpec.Builder noop(String name) {
    return TaskSpec.builder().name(name);
  }

  static TaskSpec noopAt(String name, Instant at) {
    return noop(name).schedule(new Schedule.Once(at)).build();
  }

  /** A shell task with a single attempt: its first failure is final. */
  static TaskSpec shell(String name, String command) {
    return TaskSpec.builder()
        .name(name)
        .payload(ShellPayload.of(command))
        .retry(RetryPolicy.NONE)
        .build();
  }

  /**
   * A shell task retried {@code attempts} times in all, {@code initial} apart at first, doubling.
   */
  static TaskSpec.Builder retried(String name, String command, int attempts, Duration initial) {
    return TaskSpec.builder()
        .name(name)
        .payload(ShellPayload.of(command))
        .retry(new RetryPolicy(attempts, initial, 2.0, Duration.ofHours(1), 0.0));
  }

  static TaskSpec every(String name, Duration every, Integer repeat) {
    return noop(name).schedule(new Schedule.Interval(every, null, null, repeat)).build();
  }

  /** A task with a single attempt. */
  static TaskSpec withPayload(String name, Payload payload, Duration timeout) {
    return TaskSpec.builder()
        .name(name)
        .payload(payload)
        .timeout(timeout)
        .retry(RetryPolicy.NONE)
        .build();
  }
}
