package io.taskdeck.ui.testing;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import java.time.Duration;

/** Test data builders. */
public final class Specs {
  private Specs() {}

  public static TaskSpec shell(String name, String command) {
    return TaskSpec.builder()
        .name(name)
        .payload(ShellPayload.of(command))
        .schedule(Schedule.Interval.every(Duration.ofMinutes(5)))
        .build();
  }
}
