package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskValidatorTest {
  private final TaskValidator validator =
      new TaskValidator(
          expr -> expr.startsWith("bad") ? Optional.of("parser says no") : Optional.empty());

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
    assertRejected(
        valid().payload(HttpPayload.get("/relative")).build(), "payload.url", "absolute");
  }

  @Test
  void anInvalidCronExpressionCarriesTheParsersReason() {
    TaskSpec spec = valid().schedule(new Schedule.Cron("bad cron", ZoneId.of("UTC"))).build();
    assertRejected(spec, "schedule.expression", "parser says no");
  }

  @Test
  void zeroOrNegativeDurationsAreRejected() {
    assertRejected(
        valid().schedule(Schedule.Interval.every(Duration.ZERO)).build(),
        "schedule.every",
        "positive");
    assertRejected(valid().timeout(Duration.ofSeconds(-1)).build(), "timeout", "positive");
  }

  @Test
  void retryPolicyBoundsAreChecked() {
    RetryPolicy badJitter =
        new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 1.5);
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

  @Test
  void namesAreCountedInCodePointsSoAnEmojiIsOneCharacter() {
    String emoji = "\uD83D\uDE00";
    assertThatCode(
            () ->
                validator.validate(
                    valid().name(emoji.repeat(255)).group(emoji.repeat(255)).build()))
        .doesNotThrowAnyException();
    assertRejected(valid().name(emoji.repeat(256)).build(), "name", "255");
  }

  @Test
  void nulAndLoneSurrogatesAreRefusedInEveryText() {
    assertRejected(valid().name("nul\u0000byte").build(), "name", "NUL");
    assertRejected(
        valid().description("half \uD83D of an emoji").build(), "description", "lone surrogate");
    assertRejected(
        valid().payload(ShellPayload.of("echo \u0000")).build(), "payload.command", "NUL");
    assertRejected(
        valid().payload(new ShellPayload("ls", null, java.util.Map.of("A", "\uDE00"))).build(),
        "payload.env.A",
        "surrogate");
    assertRejected(
        valid()
            .payload(
                new HttpPayload(
                    "GET", "https://x.test", java.util.Map.of("X-A", "a\u0000"), null, null))
            .build(),
        "payload.headers.X-A",
        "NUL");
  }

  @Test
  void textsHaveTheirBounds() {
    assertRejected(valid().description("d".repeat(10_001)).build(), "description", "10000");
    assertThatCode(() -> validator.validate(valid().description("d".repeat(10_000)).build()))
        .doesNotThrowAnyException();
    assertRejected(
        valid().payload(ShellPayload.of("x".repeat(64 * 1024 + 1))).build(),
        "payload.command",
        "65536 bytes");
    assertThatCode(
            () ->
                validator.validate(valid().payload(ShellPayload.of("x".repeat(64 * 1024))).build()))
        .doesNotThrowAnyException();
    String cron = "0 0 2 * * ?" + " ".repeat(115);
    assertRejected(
        valid().schedule(new Schedule.Cron(cron, ZoneId.of("UTC"))).build(),
        "schedule.expression",
        "120");
  }

  @Test
  void instantsLieBetween1970And9999() {
    java.time.Instant far = java.time.Instant.parse("+999999999-12-31T23:59:59Z");
    java.time.Instant early = java.time.Instant.parse("-999999999-01-01T00:00:00Z");
    assertRejected(valid().schedule(new Schedule.Once(far)).build(), "schedule.at", "9999");
    assertRejected(valid().schedule(new Schedule.Once(early)).build(), "schedule.at", "1970");
    assertRejected(
        valid().schedule(new Schedule.Interval(Duration.ofMinutes(1), far, null, null)).build(),
        "schedule.start_at",
        "9999");
    assertRejected(
        valid().schedule(new Schedule.Interval(Duration.ofMinutes(1), null, far, null)).build(),
        "schedule.end_at",
        "9999");
    assertThatCode(
            () ->
                validator.validate(
                    valid()
                        .schedule(
                            new Schedule.Once(java.time.Instant.parse("9999-12-31T23:59:59Z")))
                        .build()))
        .doesNotThrowAnyException();
  }

  @Test
  void anIntervalIsAtLeastOneSecondOrTheServersFloor() {
    assertRejected(
        valid().schedule(Schedule.Interval.every(Duration.ofMillis(1))).build(),
        "schedule.every",
        "at least PT1S");
    assertThatCode(
            () ->
                validator.validate(
                    valid().schedule(Schedule.Interval.every(Duration.ofSeconds(1))).build()))
        .doesNotThrowAnyException();
    TaskValidator strict = new TaskValidator(expr -> Optional.empty(), Duration.ofMinutes(1));
    assertThatThrownBy(
            () ->
                strict.validate(
                    valid().schedule(Schedule.Interval.every(Duration.ofSeconds(30))).build()))
        .hasMessageContaining("at least PT1M");
    assertRejected(valid().timeout(Duration.ofDays(40_000)).build(), "timeout", "100 years");
  }

  @Test
  void aTaskMayNotSetTheServersReservedVariablesAndItsSecretsMustBeItsOwn() {
    assertRejected(
        valid()
            .payload(new ShellPayload("env", null, java.util.Map.of("TASKDECK_API_TOKEN", "x")))
            .build(),
        "payload.env.TASKDECK_API_TOKEN",
        "reserved");
    assertRejected(
        valid()
            .payload(
                new ShellPayload("env", null, java.util.Map.of("A", "x"), java.util.Set.of("B")))
            .build(),
        "payload.secret_env",
        "B");
  }
}
