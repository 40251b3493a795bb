package io.taskdeck.engine;

import io.taskdeck.core.Payload;
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

  static TaskSpec shell(String name, String command) {
    return TaskSpec.builder().name(name).payload(ShellPayload.of(command)).build();
  }

  static TaskSpec every(String name, Duration every, Integer repeat) {
    return noop(name).schedule(new Schedule.Interval(every, null, null, repeat)).build();
  }

  static TaskSpec withPayload(String name, Payload payload, Duration timeout) {
    return TaskSpec.builder().name(name).payload(payload).timeout(timeout).build();
  }
}
