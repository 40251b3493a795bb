package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuartzCronSyntaxTest {
  private final QuartzCronSyntax syntax = new QuartzCronSyntax();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 0 2 * * ?",
        "0 0/15 9-17 ? * MON-FRI",
        "0 15 10 ? * 6#3",
        "0 0 12 L-3 * ?",
        "0 0 12 15W * ?",
        "0 0 12 ? * 6L",
        "*/3 * * * * ?",
        "0 0 0 1 1 ? 2030",
        "0 5,35 0-23/2 * JAN-DEC ?",
        "59 59 23 31 12 ?"
      })
  void acceptsWhatQuartzReads(String expression) {
    assertThat(syntax.problem(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 0 99 * * ?",
        "0 0 2 32 * ?",
        "0 0 2 ? 13 *",
        "0 0 2 ? * 8",
        "60 0 2 * * ?",
        "0 0 1,24 * * ?"
      })
  void refusesValuesOutOfTheirRangeThatQuartzLetsThrough(String expression) {
    assertThat(syntax.problem(expression)).get().asString().contains("values must be between");
  }

  @ParameterizedTest
  @ValueSource(strings = {"at two", "x"})
  void neverAnswersWithAJavaExceptionsText(String expression) {
    assertThat(syntax.problem(expression))
        .get()
        .asString()
        .doesNotContain("java.lang")
        .contains("0 0 2 * * ?");
  }

  @Test
  void aUnixCronGetsTheQuartzFormAsAHint() {
    assertThat(syntax.problem("0 2 * * *"))
        .get()
        .asString()
        .contains("5-field Unix cron")
        .endsWith("such as 0 0 2 * * ?");
    assertThat(syntax.problem("0 2 * * 1-5")).get().asString().contains("1 = Sunday");
  }
}
