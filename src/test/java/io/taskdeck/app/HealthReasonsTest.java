package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.EngineInfo;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why /health says a node runs no tasks: each reason, and none when it does. */
class HealthReasonsTest {
  private static EngineInfo info(boolean executing, String state) {
    return new EngineInfo("n", "H2 x", executing, state, 0);
  }

  @Test
  void aRunningExecutingNodeWithItsDatabaseHasNoReason() {
    assertThat(HeadlessMode.notExecuting(Optional.empty(), info(true, "RUNNING"), false)).isEmpty();
  }

  @Test
  void eachReasonIsNamed() {
    assertThat(HeadlessMode.notExecuting(Optional.empty(), info(false, "STANDBY"), false))
        .contains("manage-only (--no-execute)");
    assertThat(HeadlessMode.notExecuting(Optional.empty(), info(true, "RUNNING"), true))
        .contains("shutting down");
    assertThat(HeadlessMode.notExecuting(Optional.of("gone"), info(true, "RUNNING"), false))
        .contains("the database is unavailable");
    assertThat(HeadlessMode.notExecuting(Optional.empty(), info(true, "STANDBY"), false))
        .contains("the scheduler is STANDBY");
  }
}
