package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskValidatorTest {
  private final TaskValidator validator =
      new TaskValidator(expr -> expr.startsWith("bad") ? Optional.of("parser says no") : Optional.empty());

  private static TaskSpec.Builder valid() {
    return TaskSpec.builder().name("Backup").payload(ShellPayload.of("echo hi"));
  }

  private void assertRejected(TaskSpec spec, String field, String messagePart) {
    assertThatThrownBy(() -> validator.validate(spec))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo(field);
  }

  @Test
  void aCompleteSpecPasses() {
    assertThatCode(() -> validator.validate(valid().build())).doesNotThrowAnyException();
  }

  @Test
  void blankAndOverlongNamesAreRejected() {
    assertRejected(valid().name(" ").build(), "name", "blank");
    assertRejected(valid().name("x".repeat(256)).build(), "name", "255");
  }

  @Test
  void aShellTaskNeedsACommand() {
    assertRejected(valid().payload(ShellPayload.of("")).build(), "payload.command", "command");
  }

  @Test
  void anHttpTaskNeedsAnAbsoluteHttpUrl() {
    assertRejected(valid().payload(HttpPayload.get("ftp://x/y")).build(), "payload.url", "http(s)");
    assertRejected(valid().payload(HttpPayload.get("/relative")).build(), "payload.url", "absolute");
  }

  @Test
  void anInvalidCronExpressionCarriesTheParsersReason() {
    TaskSpec spec = valid().schedule(new Schedule.Cron("bad cron", ZoneId.of("UTC"))).build();
    assertRejected(spec, "schedule.expression", "parser says no");
  }

  @Test
  void zeroOrNegativeDurationsAreRejected() {
    assertRejected(
        valid().schedule(Schedule.Interval.every(Duration.ZERO)).build(), "schedule.every", "positive");
    assertRejected(valid().timeout(Duration.ofSeconds(-1)).build(), "timeout", "positive");
  }

  @Test
  void retryPolicyBoundsAreChecked() {
    RetryPolicy badJitter = new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 1.5);
    assertRejected(valid().retry(badJitter).build(), "retry.jitter", "jitter");
    RetryPolicy noAttempts = new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0);
    assertRejected(valid().retry(noAttempts).build(), "retry.max_attempts", "at least 1");
  }

  @Test
  void bulkValidationPrefixesTheFieldWithTheIndex() {
    assertThatThrownBy(() -> validator.validate(valid().name("").build(), "tasks[3]."))
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("tasks[3].name");
  }
}
