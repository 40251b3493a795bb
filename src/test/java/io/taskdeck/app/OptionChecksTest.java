package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class OptionChecksTest {

  private static void check(String... args) {
    CliOptions options = new CliOptions();
    CommandLine cli = new CommandLine(options);
    cli.parseArgs(args);
    OptionChecks.check(cli, options, Map.of());
  }

  @Test
  void anUnsupportedDatabaseIsRefusedWithoutEchoingItsPassword() {
    assertThatThrownBy(() -> check("--db", "jdbc:mysql://db/x?password=s3cret"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--db")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aPasswordInTheUrlIsRefusedWhateverItsCase() {
    assertThatThrownBy(() -> check("--db", "jdbc:postgresql://db/x?PASSWORD=s3cret"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("must not contain a password")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void theVendorPrefixIsCaseInsensitiveLikeTheStore() {
    assertThatCode(() -> check("--db", "jdbc:PostgreSQL://db:5432/x")).doesNotThrowAnyException();
  }

  private static void checkWithEnv(Map<String, String> env, String... args) {
    CliOptions options = new CliOptions();
    CommandLine cli = new CommandLine(options);
    cli.parseArgs(args);
    OptionChecks.check(cli, options, env);
  }

  @Test
  void aNonLoopbackBindNeedsATokenOfThirtyTwoCharactersAndSaysHowToMakeOne() {
    assertThatThrownBy(
            () ->
                checkWithEnv(
                    Map.of("TASKDECK_API_TOKEN", "x"), "--headless", "--http-host", "0.0.0.0"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("at least 32 characters")
        .hasMessageContaining("openssl rand -hex 32")
        .hasMessageNotContaining("'x'");
    assertThatCode(
            () ->
                checkWithEnv(
                    Map.of("TASKDECK_API_TOKEN", "k".repeat(32)),
                    "--headless",
                    "--http-host",
                    "0.0.0.0"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                checkWithEnv(
                    Map.of("TASKDECK_API_TOKEN", "x"), "--headless", "--http-host", "127.0.0.1"))
        .as("a loopback bind takes any token")
        .doesNotThrowAnyException();
  }

  @Test
  void anIntervalFloorBelowOneSecondIsRefused() {
    assertThatThrownBy(() -> check("--min-interval", "PT0.5S"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--min-interval");
  }

  @Test
  void theReadyLinePutsAnIpv6HostInBrackets() {
    org.assertj.core.api.Assertions.assertThat(HeadlessMode.url("::1", 8080))
        .isEqualTo("http://[::1]:8080");
    org.assertj.core.api.Assertions.assertThat(HeadlessMode.url("127.0.0.1", 80))
        .isEqualTo("http://127.0.0.1:80");
  }
}
