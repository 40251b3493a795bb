package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.engine.RetentionSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class RetentionOptionsTest {

  private static RetentionSettings parse(String... args) {
    CliOptions options = new CliOptions();
    new CommandLine(options).parseArgs(args);
    return EngineSettings.from(options).retention();
  }

  @Test
  void bothPeriodsDefaultToThirtyDays() {
    RetentionSettings r = parse();
    assertThat(r.retainExecutions()).isEqualTo(Duration.ofDays(30));
    assertThat(r.retainFinished()).isEqualTo(Duration.ofDays(30));
    assertThat(r.keepsEverything()).isFalse();
  }

  @Test
  void zeroKeepsEverythingAndIsoDurationsAreReadInAnyCase() {
    RetentionSettings r = parse("--retain-executions", "0", "--retain-finished", "p7d");
    assertThat(r.retainExecutions()).isZero();
    assertThat(r.retainFinished()).isEqualTo(Duration.ofDays(7));
    assertThat(parse("--retain-executions", "0", "--retain-finished", "0").keepsEverything())
        .isTrue();
  }

  @Test
  void aBadPeriodIsRefusedNamingTheOption() {
    assertThatThrownBy(() -> parse("--retain-finished", "30 days"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--retain-finished")
        .hasMessageContaining("P30D");
    assertThatThrownBy(() -> parse("--retain-executions", "-P1D"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--retain-executions")
        .hasMessageContaining("negative");
  }
}
