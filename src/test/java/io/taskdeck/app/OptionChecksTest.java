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
}
